// local/layering: which folder may import which, as an allow-list (VS Code's code-layering is the
// model). A file in a folder no layer names is refused, so a new folder is checked from its first
// file. Type-only imports (`import type`) are listed apart: the renderer may see the core's types
// but may run only the core's rules, so no value import pulls zod or yaml into its bundle.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';

const BUILTINS = new Set(builtinModules);
const ROOT = process.cwd();

/** First match wins. `values` and `types` are folder prefixes or package names ("pkg:"). */
export const LAYERS = [
  { name: 'core rules', path: 'src/core/rules/', values: ['src/core/rules/'], types: ['src/core/'] },
  // gift-pegjs, fast-xml-parser and turndown read imported banks (src/core/import/).
  {
    name: 'core',
    path: 'src/core/',
    values: ['src/core/', 'pkg:zod', 'pkg:yaml', 'pkg:ts-fsrs', 'pkg:gift-pegjs', 'pkg:fast-xml-parser', 'pkg:turndown', 'pkg:markdown-it'],
  },
  { name: 'contract', path: 'src/shared/', values: ['src/shared/', 'src/core/', 'pkg:zod'] },
  {
    name: 'renderer',
    path: 'src/renderer/',
    values: [
      'src/renderer/',
      'src/core/rules/',
      'src/shared/contract/channels.ts',
      'src/shared/contract/client.ts',
      'pkg:svelte',
      'pkg:chart.js',
      'pkg:markdown-it',
      'pkg:dompurify',
    ],
    types: ['src/core/', 'src/shared/'],
  },
  { name: 'node', path: 'src/node/', values: ['src/node/', 'src/shared/', 'src/core/', 'node:', 'pkg:lowdb', 'pkg:zod', 'pkg:yaml'] },
  { name: 'cli', path: 'src/cli/', values: ['src/cli/', 'src/node/', 'src/shared/', 'src/core/', 'node:', 'pkg:yaml', 'pkg:zod'] },
  { name: 'preload', path: 'electron/preload/', values: ['src/shared/contract/channels.ts', 'pkg:electron'] },
  {
    name: 'electron main',
    path: 'electron/main/',
    values: ['electron/main/', 'src/node/', 'src/shared/', 'src/core/', 'node:', 'pkg:electron'],
  },
  // Tests, scripts and configuration may reach anything: they are not shipped.
  { name: 'tools', path: '', values: [''] },
];

const packageOf = (source) => (source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0]);

function targetOf(source, file) {
  if (source.startsWith('.'))
    return relative(ROOT, resolve(dirname(file), source))
      .split('\\')
      .join('/');
  if (source.startsWith('node:') || BUILTINS.has(source)) return 'node:';
  return `pkg:${packageOf(source)}`;
}

const allows = (list = [], target) => list.some((entry) => (entry.startsWith('pkg:') ? entry === target : target.startsWith(entry)));

export default {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      refused: '{{layer}} may not import {{target}}{{hint}} (see eslint/layering.js).',
      unlayered: '{{file}} is in no layer: add its folder to eslint/layering.js with what it may import.',
    },
  },
  create(context) {
    const file = relative(ROOT, context.filename).split('\\').join('/');
    const layer = LAYERS.find((l) => file.startsWith(l.path));
    const check = (node, source, typeOnly) => {
      if (typeof source !== 'string') return;
      const target = targetOf(source, context.filename);
      if (allows(layer.values, target) || (typeOnly && allows(layer.types, target))) return;
      const hint = !typeOnly && allows(layer.types, target) ? ' except as `import type`' : '';
      context.report({ node, messageId: 'refused', data: { layer: layer.name, target, hint } });
    };
    const shipped = file.startsWith('src/') || file.startsWith('electron/');
    return {
      Program: (node) => {
        if (shipped && layer.path === '') context.report({ node, messageId: 'unlayered', data: { file } });
      },
      ImportDeclaration: (node) => check(node, node.source.value, node.importKind === 'type'),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, false),
    };
  },
};
