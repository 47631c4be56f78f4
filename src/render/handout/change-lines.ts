import type { Renumbering } from '../../compare/index.js';
import type { Words } from '../types.js';
import type { ChangeDetail } from './member-changes.js';

/** One line of 変更の内容 in the member's words. */
export function changeLine(detail: ChangeDetail, words: Words): string {
  const names = { before: detail.before ?? '', after: detail.after ?? '' };
  switch (detail.kind) {
    case 'added':
      return words('changeAdded');
    case 'removed':
      return words('changeRemoved');
    case 'renamed':
      return words('changeRenamed', names);
    case 'renumbered':
      return words('changeRenumbered', names);
    case 'field':
      return words('changeField', names);
    case 'marks':
      return words('changeMarks', names);
    case 'page':
      return words('changePage', names);
    case 'joined':
      return words('changeJoined');
    case 'left':
      return words('changeLeft');
    case 'participants':
      return words('changeParticipants');
    case 'role':
      if (detail.before === undefined) return words('changeRoleAdded', names);
      if (detail.after === undefined) return words('changeRoleRemoved', names);
      return words('changeRole', names);
  }
}

/** 「NO.16〜53 を NO.17〜54 に繰下げ」 */
export function renumberingLine(r: Renumbering, words: Words): string {
  const range = (x: Renumbering['from']) => (x.first === x.last ? String(x.first) : words('changeRange', x));
  return words('changeRenumbering', { from: range(r.from), to: range(r.to), down: r.to.first > r.from.first });
}
