/** The booth links of a plan, in reading order. */
function boothLinks(plan: HTMLElement): HTMLElement[] {
  return [...plan.querySelectorAll<HTMLElement>('[data-plan-booth]')];
}

function centre(rect: DOMRect): number {
  return rect.left + rect.width / 2;
}

/**
 * The booth seen above or below the given one: in the nearest row in that direction, the one closest to it
 * horizontally. Null when there is none (then the caller steps in reading order).
 */
function vertical(links: HTMLElement[], from: HTMLElement, down: boolean): HTMLElement | null {
  const here = from.getBoundingClientRect();
  const rows = links
    .filter((link) => link !== from)
    .map((link) => ({ link, rect: link.getBoundingClientRect() }))
    .filter(({ rect }) => (down ? rect.top >= here.bottom - 1 : rect.bottom <= here.top + 1));
  if (rows.length === 0) return null;
  const edge = down ? Math.min(...rows.map(({ rect }) => rect.top)) : Math.max(...rows.map(({ rect }) => rect.bottom));
  const row = rows.filter(({ rect }) => Math.abs((down ? rect.top : rect.bottom) - edge) < 2);
  row.sort((a, b) => Math.abs(centre(a.rect) - centre(here)) - Math.abs(centre(b.rect) - centre(here)));
  return row[0].link;
}

/**
 * Arrow keys on the plan, on top of Tab (every booth is a link in the tab order): left and right step to the
 * previous and next booth in reading order, up and down to the booth seen above or below, Home and End to
 * the first and last booth. Returns whether the key moved the focus (the caller then prevents the default).
 */
export function moveInPlan(plan: HTMLElement, key: string): boolean {
  const links = boothLinks(plan);
  const index = links.indexOf(document.activeElement as HTMLElement);
  if (index < 0 || links.length === 0) return false;
  let target: HTMLElement | null | undefined;
  switch (key) {
    case 'ArrowRight':
      target = links[index + 1];
      break;
    case 'ArrowLeft':
      target = links[index - 1];
      break;
    case 'ArrowDown':
      target = vertical(links, links[index], true) ?? links[index + 1];
      break;
    case 'ArrowUp':
      target = vertical(links, links[index], false) ?? links[index - 1];
      break;
    case 'Home':
      target = links[0];
      break;
    case 'End':
      target = links[links.length - 1];
      break;
    default:
      return false;
  }
  if (!target) return false;
  target.focus();
  target.scrollIntoView?.({ block: 'nearest' });
  return true;
}
