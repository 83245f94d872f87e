import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { BrandingPatch, BrandingView } from '../../../shared/api/branding';
import type { CliCommand } from '../command';
import { stringOption, UsageError } from '../command';

/** The branding without the logo's bytes: what --json prints. */
function describe(b: BrandingView) {
  return {
    primaryColor: b.primaryColor,
    accentColor: b.accentColor,
    consultancy: b.consultancy,
    preparedBy: b.preparedBy,
    logo: b.logo ? { type: b.logo.type, bytes: b.logo.bytes } : null,
  };
}

export const brandingCommands: CliCommand[] = [
  {
    name: 'branding',
    summary: 'Shows or sets the report branding: logo, primary and accent colour, consultancy, prepared by.',
    usage:
      'branding <file.tpstudy> [--logo logo.png|none] [--color "#0B5"] [--accent "#F90"|none] [--consultancy NAME] [--prepared-by NAME]',
    options: {
      logo: { type: 'string' },
      color: { type: 'string' },
      accent: { type: 'string' },
      consultancy: { type: 'string' },
      'prepared-by': { type: 'string' },
    },
    async run({ positionals, values }, env) {
      const [p, ...extra] = positionals;
      if (!p) throw new UsageError('missing a .tpstudy file');
      if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
      const patch: BrandingPatch = {};
      const logo = stringOption(values.logo);
      if (logo === 'none') patch.logo = null;
      else if (logo !== undefined) {
        const file = resolve(logo);
        let bytes: Buffer;
        try {
          bytes = readFileSync(file);
        } catch {
          throw new UsageError(`--logo: cannot read ${file}`);
        }
        patch.logo = { name: basename(file), base64: bytes.toString('base64') };
      }
      const color = stringOption(values.color);
      if (color !== undefined) patch.primaryColor = color;
      const accent = stringOption(values.accent);
      if (accent !== undefined) patch.accentColor = accent === 'none' ? null : accent;
      const consultancy = stringOption(values.consultancy);
      if (consultancy !== undefined) patch.consultancy = consultancy;
      const preparedBy = stringOption(values['prepared-by']);
      if (preparedBy !== undefined) patch.preparedBy = preparedBy;
      const o = await env.call('study/open', { path: resolve(p) });
      const b = Object.keys(patch).length
        ? await env.call('study/setBranding', { studyId: o.studyId, ...patch })
        : await env.call('study/getBranding', { studyId: o.studyId });
      const d = describe(b);
      if (env.json) env.io.out(JSON.stringify(d, null, 2));
      else
        env.io.out(
          [
            `primary colour: ${d.primaryColor}`,
            `accent colour:  ${d.accentColor ?? '(none)'}`,
            `consultancy:    ${d.consultancy || '(none)'}`,
            `prepared by:    ${d.preparedBy || '(none)'}`,
            `logo:           ${d.logo ? `${d.logo.type.toUpperCase()}, ${d.logo.bytes} bytes` : '(none)'}`,
          ].join('\n'),
        );
    },
  },
];
