// ESLint rule `vigil/allowed-imports`: a folder may import only the packages and repo folders it names (an allow-list).
// A local rule because no-restricted-imports matches the import text, so it cannot tell where '../../x' lands.
import { isBuiltin } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';

const packageName = (source) => source.split('/').slice(0, source.startsWith('@') ? 2 : 1).join('/');
const withoutExtension = (path) => path.replace(/\.(ts|tsx|js|mjs|json)$/, '');
const isInside = (path, entry) => path === entry || path.startsWith(`${entry}/`);

/** @type {import('eslint').Rule.RuleModule} */
export const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Allow a folder to import only the packages and folders its boundary names.' },
    schema: [
      {
        type: 'object',
        properties: {
          boundary: { type: 'string' },
          packages: { type: 'array', items: { type: 'string' } },
          folders: { type: 'array', items: { type: 'string' } },
          nodeBuiltins: { type: 'boolean' },
        },
        required: ['boundary', 'folders'],
        additionalProperties: false,
      },
    ],
    messages: { outside: "{{boundary}} may not import '{{source}}' (allowed: {{allowed}})." },
  },
  create(context) {
    const { boundary, packages = [], folders, nodeBuiltins = false } = context.options[0];
    const allowed = [...packages, ...folders.map((folder) => `${folder}/`), ...(nodeBuiltins ? ['Node built-ins'] : [])].join(', ');

    function isAllowed(source) {
      if (source.startsWith('.')) {
        const target = relative(context.cwd, resolve(dirname(context.filename), source)).split(sep).join('/');
        return folders.some((folder) => isInside(withoutExtension(target), folder));
      }
      if (isBuiltin(source)) return nodeBuiltins;
      return packages.includes(packageName(source));
    }

    function check(node) {
      const source = node.source?.value;
      if (typeof source !== 'string' || isAllowed(source)) return;
      context.report({ node: node.source, messageId: 'outside', data: { boundary, source, allowed } });
    }

    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
