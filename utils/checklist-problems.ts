import { CHECKLIST, type ChecklistItem, type ChecklistSection, findById } from './checklist';

/**
 * What is wrong with a checklist's data, in words: ids used twice, a prerequisite that names
 * nothing or leads back to the item itself, a text without a source, a menu path with neither a
 * source nor the "names vary" caveat. Empty when all is well; the tests hold CHECKLIST to it.
 */
export function checklistProblems(sections: readonly ChecklistSection[] = CHECKLIST): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const id of sections.flatMap((section) => [section.id, ...section.items.map((i) => i.id)])) {
    if (seen.has(id)) problems.push(`the id "${id}" is used twice`);
    seen.add(id);
  }
  for (const section of sections) {
    if (section.intro && !section.cite)
      problems.push(`section "${section.id}": intro has no source`);
    for (const item of section.items) {
      const { cite } = item;
      // A menu path is a fact: a source, or the caveat that names vary; never our own advice.
      if (item.where && !cite.where?.some((source) => source !== 'advice')) {
        problems.push(`${item.id}: the menu path has neither a source nor "names vary"`);
      }
      if (item.details && !cite.details) problems.push(`${item.id}: the details have no source`);
      for (const field of ['where', 'details'] as const) {
        if (!item[field] && cite[field])
          problems.push(`${item.id}: a source for a missing ${field}`);
      }
      if ([...cite.why, ...(cite.details ?? [])].includes('varies')) {
        problems.push(`${item.id}: "names vary" belongs to a menu path only`);
      }
      for (const id of item.after ?? []) {
        if (!findById(id, sections))
          problems.push(`${item.id}: comes after "${id}", which is no item or section`);
      }
    }
  }
  for (const cycle of prerequisiteCycles(sections)) {
    problems.push(`prerequisites go round in a circle: ${cycle.join(' → ')}`);
  }
  return problems;
}

/** Item ids reached by following prerequisites, a section standing for all of its items. */
function prerequisiteItems(item: ChecklistItem, sections: readonly ChecklistSection[]): string[] {
  return (item.after ?? []).flatMap((id) => {
    const found = findById(id, sections);
    if (!found) return [];
    return 'item' in found ? [id] : found.section.items.map((each) => each.id);
  });
}

function prerequisiteCycles(sections: readonly ChecklistSection[]): string[][] {
  const items = new Map(
    sections.flatMap((section) => section.items.map((i) => [i.id, i] as const)),
  );
  const done = new Set<string>();
  const cycles: string[][] = [];
  const visit = (id: string, path: string[]) => {
    const at = path.indexOf(id);
    if (at >= 0) {
      cycles.push([...path.slice(at), id]);
      return;
    }
    if (done.has(id)) return;
    const item = items.get(id);
    if (item) for (const next of prerequisiteItems(item, sections)) visit(next, [...path, id]);
    done.add(id);
  };
  for (const id of items.keys()) visit(id, []);
  return cycles;
}
