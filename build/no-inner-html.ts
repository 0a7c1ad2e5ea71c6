import type { Plugin } from 'vite';

/**
 * Preact supports `dangerouslySetInnerHTML` by assigning `innerHTML`; this extension never uses
 * it (the linter forbids it), and addons.mozilla.org's linter warns about any such assignment.
 * This plugin replaces that one assignment with an error, so no HTML string can ever be parsed
 * into an extension page, and `web-ext lint` stays at zero warnings.
 */
export function noInnerHtml(): Plugin {
  const pattern = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
  return {
    name: 'wechat-exit-planner:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return undefined;
      const replaced = code.replace(
        pattern,
        '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in this extension")})()',
      );
      if (replaced === code) {
        this.error('preact changed: the innerHTML assignment to disable was not found');
      }
      return { code: replaced, map: null };
    },
  };
}
