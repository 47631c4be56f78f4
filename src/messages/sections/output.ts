import type { Section } from '../section.js';

/** Rendering and writing the outputs. */
export const OUTPUT = {
  'output.templateFails': { ja: '{{renderer}} を作るとき、このデータではテンプレートが使えません: {{error}}', en: 'fails for this data while making the {{renderer}}: {{error}}' },
  'output.chartOverflows': {
    ja: '計画の体系（{{output}}）は、表の文字を最小の {{minimum}} pt まで小さくしても A3 1 ページに収まらないため、{{pages}} ページに分けて出力します（表の文字は {{size}} pt）',
    en: 'the system chart ({{output}}) does not fit on one A3 page even with its tables in {{minimum}} pt type, so it continues over {{pages}} pages (tables in {{size}} pt type)',
  },
  'output.chartOverflowsHint': {
    ja: '1 ページに収めるには、表をあと約 {{rows}} 行分短くしてください（事業の数を減らす、2 行以上になる長い事業名や政策分野名を短くする、など）',
    en: 'to fit it on one page, make the tables about {{rows}} rows shorter (fewer projects, or shorter project and field names that take more than one line)',
  },
  'output.workerFailed': { ja: '文書を作る処理（ワーカースレッド）が失敗しました：{{error}}', en: 'a worker thread making documents failed: {{error}}' },
  'output.templatesChanged': { ja: 'テンプレートが出力の作成中に書き換えられました。もう一度実行してください', en: 'the templates changed while the outputs were being made; run the build again' },
  'output.renderFailed': { ja: '{{output}} を作れませんでした：{{error}}', en: 'could not render {{output}}: {{error}}' },
  'output.renderFailedBecause': { ja: '{{output}} を作れませんでした：{{because}}', en: 'could not render {{output}}: {{because}}' },
  'output.writeFailed': { ja: '{{target}} に書き込めませんでした：{{error}}', en: 'could not write {{target}}: {{error}}' },
  'output.writeRefused': { ja: '{{target}} に書き込めません：{{why}}', en: 'could not write {{target}}: {{why}}' },
  'output.folderNameTooLong': {
    ja: 'フォルダー名「{{folder}}」が UTF-8 で {{bytes}} バイトあります。名前は {{max}} バイトまでです',
    en: 'the folder name "{{folder}}" is {{bytes}} bytes in UTF-8; a name may have at most {{max}}',
  },
  'output.fileNameTooLong': {
    ja: 'ファイル名が UTF-8 で {{bytes}} バイトあります。ファイル名は {{max}} バイトまでです（上限 {{limit}} バイトから、書き込み途中の一時ファイル名の分 {{room}} バイトを除きます）',
    en: 'its name is {{bytes}} bytes in UTF-8; a file name may have at most {{max}} ({{limit}} less {{room}} for the temporary name it is first written under)',
  },
  'output.pathTooLong': {
    ja: 'パスが UTF-8 で {{bytes}} バイトあります。パスは {{max}} バイトまでです（上限 {{limit}} バイトから、一時ファイル名の分 {{room}} バイトを除きます）',
    en: "the path is {{bytes}} bytes in UTF-8; a file's path may have at most {{max}} ({{limit}} less {{room}} for the temporary name it is first written under)",
  },
  'output.folderIsLink': { ja: '{{path}} はシンボリックリンクです。出力は実際のフォルダーにだけ書き込みます', en: '{{path}} is a symbolic link; outputs are written only into real folders' },
  'output.notAFolder': { ja: '{{path}} はフォルダーではありません', en: '{{path}} is not a folder' },
  'output.isAFolder': { ja: '{{path}} はフォルダーです', en: '{{path}} is a folder' },
  'output.notARegularFile': { ja: '{{path}} は通常のファイルではありません', en: '{{path}} is not a regular file' },
  'output.moveAside': { ja: '{{trouble}}。別の場所へ移してから、もう一度 build してください', en: '{{trouble}}; move it out of the way and build again' },
  'output.locked': {
    ja: '出力フォルダー {{folder}} は別の build（プロセス {{pid}}）が使用中で、{{seconds}} 秒待っても終わりませんでした。終わってからもう一度実行してください。プロセス {{pid}} が build でなければ {{lockFile}} を削除してください',
    en: 'output folder {{folder}} is in use by another build (pid {{pid}}), which did not finish within {{seconds}} s; run again when it has, or, if process {{pid}} is not a build, delete {{lockFile}}',
  },
  'output.interrupted': {
    ja: '{{outDir}} への前回の build は途中で止まっていました。最後に完了した build と一致しなくなった次の出力は削除しました（または既にありませんでした）：{{lost}}。すべて作り直すには `npm run build` を実行してください。',
    en: 'an earlier build into {{outDir}} was interrupted; these outputs no longer matched the last complete build and were removed (or were already gone): {{lost}}. Run `npm run build` to rebuild everything.',
  },
} as const satisfies Section;
