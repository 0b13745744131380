/**
 * Small icons for a recommendation's status and a finding's severity. Each
 * value has its own SHAPE (not only its own colour), so the icon still tells
 * the values apart in greyscale, for people who do not see colour and in a
 * black-and-white printout. The icons are decoration: the text beside them
 * always says the same thing, so they are hidden from assistive technology.
 */
import type { Severity, Status } from '../../assessment/result';

const SIZE = { width: 20, height: 20, viewBox: '0 0 20 20', 'aria-hidden': true, focusable: false } as const;

export function StatusIcon({ status }: { status: Status }) {
  switch (status) {
    case 'met': // a filled circle with a tick
      return (
        <svg {...SIZE} className="result-icon">
          <circle cx="10" cy="10" r="9" fill="currentColor" />
          <path d="M5.5 10.5l3 3 6-7" fill="none" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
    case 'partly': // a circle, half filled
      return (
        <svg {...SIZE} className="result-icon">
          <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M10 1.5a8.5 8.5 0 0 0 0 17z" fill="currentColor" />
        </svg>
      );
    case 'not-met': // an octagon (a stop sign) with a cross
      return (
        <svg {...SIZE} className="result-icon">
          <path d="M6.3 1h7.4L19 6.3v7.4L13.7 19H6.3L1 13.7V6.3z" fill="currentColor" />
          <path d="M6.5 6.5l7 7m0-7l-7 7" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
      );
    case 'not-relevant': // an outlined square with a dash
      return (
        <svg {...SIZE} className="result-icon">
          <rect x="2" y="2" width="16" height="16" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M6 10h8" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
      );
    case 'not-answered': // a dashed circle with a question mark
      return (
        <svg {...SIZE} className="result-icon">
          <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="2" strokeDasharray="3 2.4" />
          <path d="M7.6 7.6a2.5 2.5 0 1 1 3.4 2.3c-.7.3-1 .8-1 1.5v.6" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="10" cy="14.6" r="1.1" fill="currentColor" />
        </svg>
      );
  }
}

export function SeverityIcon({ severity }: { severity: Severity }) {
  switch (severity) {
    case 'high': // a filled warning triangle with an exclamation mark
      return (
        <svg {...SIZE} className="result-icon">
          <path d="M10 1.5l9 16.5H1z" fill="currentColor" />
          <path d="M10 7.5v5" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
          <circle cx="10" cy="15.3" r="1.2" fill="#fff" />
        </svg>
      );
    case 'medium': // an outlined diamond with an exclamation mark
      return (
        <svg {...SIZE} className="result-icon">
          <path d="M10 1.5l8.5 8.5-8.5 8.5L1.5 10z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
          <path d="M10 6v4.6" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          <circle cx="10" cy="13.4" r="1.1" fill="currentColor" />
        </svg>
      );
    case 'low': // an outlined circle with an "i"
      return (
        <svg {...SIZE} className="result-icon">
          <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <circle cx="10" cy="6.3" r="1.2" fill="currentColor" />
          <path d="M10 9.2v5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      );
  }
}
