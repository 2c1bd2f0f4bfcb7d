import { css, html, nothing } from 'lit';
import type { ConnectionStatus } from '../../doc/connection.ts';
import type { Messages } from '../../i18n/en.ts';

/**
 * The projector's offline notice and its link to "Groups and venues". The notice is part of the
 * projector's own template, not an element of its own, so the list is fitted with it in place.
 */
export function offlineNotice(status: ConnectionStatus, t: Messages) {
  if (status.state !== 'offline') return nothing;
  return html`<p class="offline-notice"
    ><span class="offline-mark" aria-hidden="true"></span><span><strong>${t.status.offline}</strong> — ${t.sync.projectorOffline}</span></p
  >`;
}

export function syncLink(href: string, t: Messages) {
  return href ? html`<a class="sync-link" href=${href}>${t.sync.link}</a>` : nothing;
}

export const projectorSyncStyles = css`
  .offline-notice {
    flex: none;
    display: flex;
    align-items: center;
    gap: 0.8rem;
    margin: 0 0 1.2vh;
    padding: 0.8vh 1.2vw;
    border-radius: 12px;
    border: 2px solid #8a93a6;
    border-inline-start: 0.6rem solid var(--accent);
    background: #1b2233;
    color: var(--ink);
    font-size: clamp(1rem, 2.4vh, 2rem);
    line-height: 1.3;
    /* The page starts offline until its socket opens: a venue that is online never sees the notice flash. */
    animation: offline-notice-appears 0.6s ease-out 2s both;
  }
  .offline-notice strong {
    color: var(--accent);
  }
  .offline-mark {
    flex: none;
    width: 0.8em;
    height: 0.8em;
    border-radius: 50%;
    border: 0.15em solid currentColor;
  }
  @keyframes offline-notice-appears {
    from {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .offline-notice {
      animation-duration: 1ms;
    }
  }
  .sync-link {
    color: var(--muted);
  }
  @media (max-width: 49.99rem) {
    .offline-notice {
      padding: 0.6rem 0.8rem;
      font-size: 1rem;
      margin-top: 1rem;
    }
  }
`;
