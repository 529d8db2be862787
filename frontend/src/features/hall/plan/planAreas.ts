import type { BoothCard } from '../../../shared/api';
import type { PlanAreas } from '../filterState';

/** A booth on the plan with its stand number: the area's letter and its place in the area ("B4"). */
export interface PlanBooth {
  booth: BoothCard;
  number: string;
}

/** One area of the hall: a topic field or a host region, or (code null) the booths of no area. */
export interface PlanArea {
  code: string | null;
  letter: string;
  /** The topic field's or region's name; null for the area of the others. */
  name: string | null;
  booths: PlanBooth[];
}

interface Named {
  code: string;
  name: string;
}

/** A booth's area: its first topic field in the fair's order, or its exhibitor's host region. */
function areaOf(booth: BoothCard, by: PlanAreas): Named | null {
  return by === 'region' ? booth.region : (booth.topicFields[0] ?? null);
}

function letter(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : String(index + 1);
}

/**
 * Lays the booths out in areas, as a fair hall is: each booth stands in one place (the first of its topic
 * fields, or its host region), areas in the fair's order of topic fields or event days, then areas the order
 * does not know (booths of other editions), the booths of no area last. Within an area the booths keep the
 * order they come in — the admins' hall order — and are numbered along it.
 */
export function planAreas(booths: BoothCard[], by: PlanAreas, order: Named[]): PlanArea[] {
  const byCode = new Map<string, { name: string; booths: BoothCard[] }>(order.map((a) => [a.code, { name: a.name, booths: [] }]));
  const others: BoothCard[] = [];
  for (const booth of booths) {
    const area = areaOf(booth, by);
    if (!area) {
      others.push(booth);
      continue;
    }
    if (!byCode.has(area.code)) byCode.set(area.code, { name: area.name, booths: [] });
    byCode.get(area.code)!.booths.push(booth);
  }
  const filled: { code: string | null; name: string | null; booths: BoothCard[] }[] = [...byCode.entries()]
    .filter(([, area]) => area.booths.length > 0)
    .map(([code, area]) => ({ code, ...area }));
  if (others.length > 0) filled.push({ code: null, name: null, booths: others });
  return filled.map((area, index) => ({
    code: area.code,
    name: area.name,
    letter: letter(index),
    booths: area.booths.map((booth, place) => ({ booth, number: `${letter(index)}${place + 1}` })),
  }));
}
