import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// electron-builder's own code reads the configuration, exactly as `npm run dist` will.
const require = createRequire(import.meta.url);
type FuseConfig = Record<string, unknown>;
type Builder = {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<FuseConfig> } };
};
type ConfigModule = {
  getConfig(dir: string, path: null, fromOptions: null): Promise<Record<string, unknown>>;
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { getConfig, validateConfiguration } =
  require('app-builder-lib/out/util/config/config') as ConfigModule;
const { PlatformPackager } = require('app-builder-lib') as Builder;
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
// The @electron/fuses that electron-builder itself loads to flip them.
const { FuseV1Options } = createRequire(require.resolve('app-builder-lib'))('@electron/fuses') as {
  FuseV1Options: Record<string, number>;
};

describe('the packaged app has its fuses set', () => {
  it('reads a valid configuration with every fuse the app depends on', async () => {
    const config = await getConfig(process.cwd(), null, null);
    await validateConfiguration(config, new DebugLogger(false));
    expect(config.asar).not.toBe(false);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // What electron-builder hands to @electron/fuses after packing, fuse by fuse.
    const flip = await PlatformPackager.prototype.generateFuseConfig.call({}, config.electronFuses);
    const wanted: Record<string, boolean> = {
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableCookieEncryption: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    };
    for (const [fuse, value] of Object.entries(wanted)) {
      const index = FuseV1Options[fuse];
      expect(index, fuse).toBeTypeOf('number');
      expect(flip[String(index)], fuse).toBe(value);
    }
  });
});
