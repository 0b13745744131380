// A stand-in for BroadcastChannel: channels made by one hub are "tabs";
// a message reaches every other open channel, never the sender, and
// arrives later (as with the real one), never during postMessage.
import type { ChannelLike } from '../../../src/storage/changes';

export class FakeHub {
  private readonly channels = new Set<FakeChannel>();
  /** Every message posted, for assertions. */
  readonly posted: unknown[] = [];

  channel(): FakeChannel {
    const channel = new FakeChannel(this);
    this.channels.add(channel);
    return channel;
  }

  deliver(from: FakeChannel, message: unknown): void {
    this.posted.push(message);
    for (const to of this.channels) {
      if (to !== from) setTimeout(() => to.receive(structuredClone(message)), 0);
    }
  }

  remove(channel: FakeChannel): void {
    this.channels.delete(channel);
  }
}

export class FakeChannel implements ChannelLike {
  private readonly listeners = new Set<(event: MessageEvent) => void>();
  private closed = false;

  constructor(private readonly hub: FakeHub) {}

  postMessage(message: unknown): void {
    if (this.closed) throw new Error('channel closed');
    this.hub.deliver(this, message);
  }

  addEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
    this.listeners.delete(listener);
  }

  close(): void {
    this.closed = true;
    this.hub.remove(this);
  }

  receive(data: unknown): void {
    if (this.closed) return;
    for (const listener of this.listeners) listener(new MessageEvent('message', { data }));
  }
}

/** Lets queued deliveries (timers) run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
