import type { ParsedFile } from '../load/index.js';
import type { DataPath, Problem } from '../problem.js';
import type { CellAt } from './read-tables.js';
import type { YamlEdit } from './yaml-edit.js';

/**
 * What an import will do to the data files, gathered while the workbook is compared with the
 * data: the YAML edits by file, the problems found on the way, and which workbook row each
 * project, member and revision comes from (so the validation's messages can name the cell).
 */
export class EditList {
  readonly byFile = new Map<ParsedFile, YamlEdit[]>();
  readonly problems: Problem[] = [];
  /** Project id → its row on 連携事業; the other sheets' rows by their own keys. */
  readonly rows = {
    projects: new Map<string, number>(),
    participants: new Map<string, number>(),
    roles: new Map<string, number>(),
    members: new Map<string, number>(),
    vision: new Map<string, number>(),
    revisions: new Map<number, number>(),
  };

  constructor(private readonly workbook: string) {}

  set(file: ParsedFile, path: DataPath, value: unknown): void {
    this.add(file, { kind: 'set', path, value });
  }

  delete(file: ParsedFile, path: DataPath): void {
    this.add(file, { kind: 'delete', path });
  }

  insert(file: ParsedFile, path: DataPath, index: number, value: unknown): void {
    this.add(file, { kind: 'insert', path, index, value });
  }

  problem(at: CellAt, problem: Pick<Problem, 'message' | 'hint' | 'severity'>): void {
    this.problems.push({ file: this.workbook, cell: { sheet: at.sheet, order: at.order, row: at.row, column: at.column }, path: at.heading, ...problem });
  }

  private add(file: ParsedFile, edit: YamlEdit): void {
    const list = this.byFile.get(file) ?? [];
    list.push(edit);
    this.byFile.set(file, list);
  }
}
