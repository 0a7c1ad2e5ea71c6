/**
 * The parts of the options page that load after its first render: the guidance, pasting many
 * sites, import and export, storage, settings.
 */
export default {
  'options.guide.title': 'What to do about these sites',
  'options.guide.rebind.title': 'What “rebind” means',
  'options.guide.rebind':
    'Making your account at the site independent of WeChat: in the site’s account settings, set a password or add a phone number or e-mail address. Then log out and log back in with that instead of WeChat. Only when that works is the job done; then set the status to “Rebound”.',
  'options.guide.wechat.title': 'Where WeChat keeps its own list',
  'options.guide.wechat':
    'WeChat’s 授权管理 (authorisation management) lists the apps and sites you have authorised with WeChat; use it to check this list for anything missing. Where it is depends on your WeChat version:',
  'options.guide.wechat.newer':
    'Newer versions: 我 › 设置 › 个人信息与权限 › 授权管理 (Me › Settings › Personal information and permissions › Authorisations)',
  'options.guide.wechat.older':
    'Older versions: 我 › 设置 › 隐私 › 授权管理 (Me › Settings › Privacy › Authorisations)',
  'options.guide.revoke.title': 'Revoking is not the same as moving the account',
  'options.guide.revoke':
    'Revoking an authorisation there only stops WeChat from giving the site your details. Your account at the site is not deleted, nor moved to a phone number or e-mail: everything in it stays, and it can still only be reached through WeChat. So rebind at the site first, then revoke in WeChat (every authorisation has to be revoked before WeChat accepts the deletion).',

  'options.paste.title': 'Add several at once',
  'options.paste.label': 'One site or app a line',
  'options.paste.hint':
    'A domain, a web address, an app name, or a name followed by an address. Handy for typing off WeChat’s authorisation list line by line, or pasting a column from a spreadsheet.',
  'options.paste.preview': 'Preview',
  'options.paste.summary': {
    one: '{count} line, {added} can be added',
    other: '{count} lines, {added} can be added',
  },
  'options.paste.col.line': 'Line',
  'options.paste.col.text': 'You typed',
  'options.paste.col.site': 'Read as',
  'options.paste.col.outcome': 'Result',
  'options.paste.new': 'Will be added',
  'options.paste.listed': 'Already on the list',
  'options.paste.repeat': 'Same as an earlier line',
  'options.paste.add': { one: 'Add {count}', other: 'Add {count}' },
  'options.paste.edit': 'Back to editing',
  'options.paste.done': {
    one: 'Added {count} site or app.',
    other: 'Added {count} sites and apps.',
  },
  'options.export.title': 'Export',
  'options.export.hint':
    'The JSON file holds everything (the site list, your checklist progress, the cooling-off date and settings): use it as a backup or to move to another browser. The CSV file holds the site list only and opens in Excel, Numbers or any spreadsheet.',
  'options.export.json': 'Export everything (JSON)',
  'options.export.csv': 'Export the site list (CSV)',
  'options.export.done': 'The file is ready: look for it in your browser’s downloads.',
  'options.import.title': 'Import',
  'options.import.hint':
    'Import a JSON or CSV file exported here, or a sheet of your own saved as CSV from Excel, WPS or any spreadsheet (UTF-8 or GBK; commas, semicolons or tabs between columns), with a header row first that has at least a name or domain column. You see a preview first; nothing is saved until you confirm.',
  'options.import.choose': 'Choose a file to import',
  'options.import.failed': 'Could not import “{file}”: {reason}',
  'options.import.unchanged': 'Nothing was changed.',
  'options.import.error.too-large':
    'the file is {size} MB, over the 1 MB limit. Files exported here are usually a few dozen KB, so please check it is the right file.',
  'options.import.error.empty': 'the file is empty.',
  'options.import.error.encoding':
    'the file is neither UTF-8 nor GBK (GB18030), the encoding Chinese Windows uses, so its text cannot be read reliably. In your spreadsheet program, choose Save As, pick “CSV UTF-8 (comma delimited)”, and import the file it saves.',
  'options.import.error.workbook':
    'this is a spreadsheet workbook (such as .xlsx, .xls or .ods), not CSV text, so it cannot be read directly. Open it in Excel, WPS or your spreadsheet program, choose Save As, pick “CSV UTF-8 (comma delimited)” (or plain “CSV” if that is not offered), and import the .csv file it saves.',
  'options.import.error.malformed-json':
    'its content is not valid JSON. Open it in a text editor, look for a comma, quote or bracket too many or missing, correct it and import it again.',
  'options.import.error.json-at':
    'line {line}, column {column}: {problem} Open the file in a text editor, correct this and import it again.',
  'options.import.error.json-cut-off':
    'the file ends early, on line {line}, column {column}, and still needs {wanted} to be complete. It may not have been downloaded or copied in full; if you edited it by hand, check the closing brackets, complete them and import it again.',
  'options.import.json.extra-comma':
    'a comma too many. Commas go between two entries, never after the last one: delete it.',
  'options.import.json.missing-value':
    'a value is missing after the colon: text in double quotes, a number, true, false or null.',
  'options.import.json.missing-comma': 'a comma is missing between the entry before and this one.',
  'options.import.json.missing-colon': 'a colon is missing between the name and its value.',
  'options.import.json.single-quote':
    'a single quote \'. Text in JSON goes in straight double quotes ".',
  'options.import.json.full-width':
    'a Chinese (full-width) “{found}” where JSON needs a plain {wanted}.',
  'options.import.json.comment':
    'a comment. JSON files cannot hold comments (// or /* */): delete it.',
  'options.import.json.unquoted-key': 'the name {found} has no quotes; write it as "{found}".',
  'options.import.json.bad-word':
    '“{found}” is not a JSON value: text goes in double quotes, and the only bare words are true, false and null, in lower case.',
  'options.import.json.bad-number':
    'the number “{found}” is not written the JSON way: no leading 0 or +, and digits on both sides of a decimal point.',
  'options.import.json.string-break':
    'a line break inside text: a closing double quote " may be missing, or, if the text should break there, write \\n instead.',
  'options.import.json.control-char':
    'a tab or another control character inside text, which JSON does not allow: delete it or write \\t.',
  'options.import.json.bad-escape':
    '“{found}” is not a valid escape: a backslash in text is written twice, \\\\.',
  'options.import.json.extra-content':
    'more after the end of the JSON: “{found}”. There may be one } or ] too many.',
  'options.import.json.wrong-close':
    '“{found}” does not match the bracket it closes; it should be {wanted}.',
  'options.import.json.unexpected': 'an unexpected “{found}”.',
  'options.import.error.wrong-format':
    'this is not a file exported by WeChat Exit Planner. Choose a .json backup exported here, or a .csv site list with a header row.',
  'options.import.error.newer-version':
    'it comes from a newer version of WeChat Exit Planner (format version {version}). Update the extension first, then import it.',
  'options.import.error.wrong-version':
    'its format version ({version}) is not supported. Export it again with the current version of the extension.',
  'options.import.error.damaged':
    'the “{section}” part of the file is damaged and cannot be read. Export a fresh copy.',
  'options.import.error.malformed-csv':
    'row {row} of the CSV opens a quote that is never closed, so the file may be incomplete. Save it as CSV again from your spreadsheet and retry.',
  'options.import.error.csv-columns':
    'the first row of a CSV file must be a header with at least a name or a domain column, separated by commas, semicolons or tabs. This file’s first row reads “{header}”. Correct the header and import it again.',
  'options.import.ready':
    'Preview ready: {added} new, {changed} to update, {rejected} rejected. Nothing is saved until you confirm.',
  'options.import.ready.nothing': 'Preview ready: nothing in the file needs importing or updating.',
  'options.import.source.gb18030':
    'This file is not UTF-8: it was read as GBK (GB18030), the encoding of Excel’s “CSV (comma delimited)” and of WPS on Chinese Windows. Check that the names below look right: if they do, confirm; if they are garbled, cancel, save the file as “CSV UTF-8” from your spreadsheet program and import that.',
  'options.import.source.gb18030-json':
    'This file is not UTF-8: it was read as GBK (GB18030), the encoding Notepad uses for “ANSI” on Chinese Windows. Check that the names below look right: if they do, confirm; if they are garbled, cancel, save the file as UTF-8 from a text editor and import that.',
  'options.import.source.semicolon': 'Columns were read as separated by semicolons (;).',
  'options.import.source.tab': 'Columns were read as separated by tabs.',
  'options.import.header-only':
    'The file has a header row and nothing under it, so there is nothing to import. Add one site a row under the header, save, and import it again.',
  'options.import.nothing-in-file': 'This file holds no data to import.',
  'options.import.preview.title': 'Import preview: {file}',
  'options.import.count.new': { one: '{count} new site', other: '{count} new sites' },
  'options.import.count.changed': {
    one: '{count} site to update',
    other: '{count} sites to update',
  },
  'options.import.count.unchanged': {
    one: '{count} site unchanged',
    other: '{count} sites unchanged',
  },
  'options.import.count.rejected': { one: '{count} rejected', other: '{count} rejected' },
  'options.import.list.new': { one: 'New ({count})', other: 'New ({count})' },
  'options.import.list.changed': { one: 'To update ({count})', other: 'To update ({count})' },
  'options.import.list.rejected': { one: 'Rejected ({count})', other: 'Rejected ({count})' },
  'options.import.item.check': 'Checklist: {title}',
  'options.import.item.settings': 'Settings',
  'options.import.item.tracker': 'Date of your deletion request',
  'options.import.item.dismissed': 'Sites not to suggest again',
  'options.import.part.checklist':
    'Checklist progress: {added} new, {changed} to update, {unchanged} unchanged',
  'options.import.part.new': '{part}: will be imported',
  'options.import.part.changed': '{part}: will be updated',
  'options.import.part.unchanged': '{part}: unchanged',
  'options.import.diff.name': 'name: {from} → {to}',
  'options.import.diff.status': 'status: {from} → {to}',
  'options.import.diff.origin': 'found by: {from} → {to}',
  'options.import.diff.note': 'note changed',
  'options.import.diff.confirmed': 'now confirmed',
  'options.import.diff.appid': 'WeChat AppID changed',
  'options.import.diff.separator': '; ',
  'options.import.where.row': 'Row {row}',
  'options.import.where.rowLabel': 'Row {row} ({label})',
  'options.import.where.site': 'Site {id}',
  'options.import.where.check': 'Checklist: {title}',
  'options.import.rejection': '{where}: {reason}',
  'options.import.reason.no-site': 'the row has no name, domain or app.',
  'options.import.reason.address': '“{value}” is not a web address or domain.',
  'options.import.reason.not-web': '“{value}” is not an http or https address.',
  'options.import.reason.no-domain': '“{value}” has no site domain in it.',
  'options.import.reason.wechat':
    '“{value}” is WeChat itself, not a site that logs in with WeChat.',
  'options.import.reason.name-too-long': 'the name is longer than {max} characters.',
  'options.import.reason.note-too-long': 'the note is longer than {max} characters.',
  'options.import.reason.duplicate': 'the same site as row {row}; skipped.',
  'options.import.reason.invalid': 'the “{field}” field does not hold a valid value.',
  'options.import.reason.status':
    'unknown status “{value}”. Use rebind, rebound, abandon or not-needed, or the names shown in the list such as “Rebound”.',
  'options.import.reason.origin': 'unknown origin “{value}”. Use manual, detected or imported.',
  'options.import.reason.pending': 'the pending column takes yes or nothing, not “{value}”.',
  'options.import.reason.appid':
    '“{value}” is not a WeChat AppID (wx followed by 16 hexadecimal characters).',
  'options.import.reason.date': 'unreadable date “{value}”.',
  'options.import.keeps':
    'An import only adds and updates: anything on your list that the file does not mention stays as it is.',
  'options.import.deviceOnly': {
    one: 'Sync storage cannot hold all of this import: {count} item would be kept on this device only and would not reach your other devices. Remove sites you no longer need first, or import part of the file.',
    other:
      'Sync storage cannot hold all of this import: {count} items would be kept on this device only and would not reach your other devices. Remove sites you no longer need first, or import part of the file.',
  },
  'options.import.apply': { one: 'Import {count} entry', other: 'Import {count} entries' },
  'options.import.nothing': 'Nothing to import',
  'options.import.cancel': 'Cancel',
  'options.import.done': 'Import finished: {added} new, {changed} updated.',
  'options.storage.where':
    'Your data is kept only in the browser’s own sync storage and is never sent to any server. Signed in to your browser with sync on, it follows you to your other devices (in Firefox, tick “Add-ons” in the sync settings).',
  'options.storage.bytes': 'Sync space',
  'options.storage.bytes.value': '{used} KB of {total} KB used ({share}%)',
  'options.storage.items': 'Sync entries',
  'options.storage.items.value': {
    one: '{count} entry of {total} used',
    other: '{count} entries of {total} used',
  },
  'options.storage.allSynced': 'Every change is saved to sync storage.',
  'options.storage.why.separator': ': ',
  'options.storage.why.per-item': 'larger than the 8 KB that sync allows for one entry',
  'options.storage.why.bytes': 'the 100 KB of sync storage are full',
  'options.storage.why.items': 'sync storage holds its maximum of 512 entries',
  'options.storage.why.rate':
    'too many writes in a short time; the browser refused for now, and it is retried automatically after a minute',
  'options.storage.why.error': 'the browser refused to write it to sync',
  'options.storage.retry': 'Try syncing again',
  'options.storage.retrying': 'Trying again…',
  'options.storage.retried': 'Every change is synced.',
  'options.storage.newer':
    'This data was saved by a newer version of WeChat Exit Planner. To keep it intact, this page shows it but does not change it; please update the extension.',
  'options.storage.repaired.ok': 'OK',

  'options.settings.language': 'Language',
  'options.settings.language.auto': 'Same as the browser',
  'options.settings.language.zh_CN': '中文',
  'options.settings.language.en': 'English',
  'options.settings.detection': 'Notice sites that use WeChat login',
  'options.settings.detection.hint':
    'When you open WeChat’s login page on a site, that site is noted and added to the list once you confirm it. All of this happens inside your browser; nothing is sent anywhere.',
  'options.settings.reminders': 'Cooling-off reminders',
  'options.settings.reminders.hint':
    'Once you have recorded your deletion request, you are reminded a few days before the 60-day cooling-off period ends (your last chance to change your mind), and again when it has ended.',
  // Shown once the tools are in: reading a typed address is one of them.
  'options.add.error.empty':
    'Enter a web address or domain; for a mobile app without one, type only its name under “Name”.',
  'options.add.error.invalid':
    '“{value}” is not a web address or domain. Type a domain such as zhihu.com, or copy the full address from the browser’s address bar; for a mobile app, clear this field and type only its name.',
  'options.add.error.not-web':
    '“{value}” is not a web page address: only addresses starting with http:// or https:// can be added.',
  'options.add.error.no-domain':
    'No site domain can be read from “{value}” (just a public suffix such as com.cn, or a stray dot?). Type the whole domain, such as example.com.cn.',
  'options.add.error.wechat':
    '“{value}” is one of WeChat’s own pages (an Official Account article or web WeChat, for example), not a site you log in to with WeChat, so it does not go on the list. Type the address of the site where you used WeChat login.',
  'options.add.error.too-long': 'That name is too long: {max} characters at most.',
} as const;
