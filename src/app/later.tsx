/**
 * A part of the start page that waits until the page answers input and its
 * texts have loaded (i18n/bundles/<lang>-start-later.ts): the sections
 * further down, and the folded lists. At build time it renders in full into
 * the prerendered HTML. In the browser that HTML stays in place, readable
 * (and a folded <details> still opens), while the part waits, and is then
 * hydrated, so it never shifts the layout; where there was no prerendered
 * HTML it appears once ready. An urgent update of the screen around it
 * before then would make React throw that HTML away and draw the part
 * afresh, so what changes the start page in the background (storage opening,
 * the saved list, the glossary) does so in a transition.
 */
import { Component, Suspense, use, useCallback, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n/languages';
import { addStartLater, hasStartLater } from '../i18n/load';
import { whenReady } from './ready';
import { textGate } from './text-gate';

function LaterTexts({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  // By the store: react-i18next hands each component its own wrapper of the instance. A failed load
  // stays failed (see NotLoaded): retrying on every render would repeat it without end.
  use(textGate(i18n.store, `later:${lang}`, () => hasStartLater(i18n, lang), () => whenReady().then(() => addStartLater(i18n, lang)), false));
  return children;
}

/**
 * When the part's code or texts cannot load (the network gone before they
 * came, or a newer version of the app replaced them: main.tsx then reloads
 * the page once), the rest of the page goes on without it.
 */
class NotLoaded extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('A part of the page could not be loaded', error);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** Rendered after the part's own content: its effect runs once that content is taken over. */
function Live({ onLive }: { onLive: () => void }) {
  useEffect(onLive, [onLive]);
  return null;
}

export function Later({ children }: { children: ReactNode }) {
  // The wrapper (display: contents, so no box of its own) tells early-input.ts whether a press on this part
  // can be handed on yet: data-later="" until the part has been taken over, "live" after. Set on the element
  // itself, not through React, which would otherwise redraw the part's HTML it is about to take over.
  const wrapper = useRef<HTMLDivElement>(null);
  const live = useCallback(() => wrapper.current?.setAttribute('data-later', 'live'), []);
  return (
    <div ref={wrapper} className="later" data-later="">
      {/* NotLoaded inside the boundary: a failure then only makes React draw this part afresh (as nothing),
          where outside it the part's server HTML would no longer match and React would redraw the whole page. */}
      <Suspense fallback={null}>
        <NotLoaded>
          <LaterTexts>
            {children}
            <Live onLive={live} />
          </LaterTexts>
        </NotLoaded>
      </Suspense>
    </div>
  );
}

/** The same, as a function for leaves that take a wrapper (they do not import the app). */
export const later = (children: ReactNode) => <Later>{children}</Later>;
