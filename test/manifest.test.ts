/**
 * manifest.yml must be importable as a Slack app manifest (PRODUCT §9): it validates against Slack's published
 * schema, and it asks for exactly the least-privilege scopes the app uses — never a history scope.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const MANIFEST_PATH = path.join(__dirname, '..', 'manifest.yml');
// The shared folder sits beside the repository (locally and in CI's clean clone).
const SCHEMA_PATH = path.join(__dirname, '..', '..', 'shared', 'slack', 'manifest.schema.1.0.0.json');

/** Every bot scope the app needs, and nothing else; a typo or a new scope must be a deliberate change here. */
const EXPECTED_BOT_SCOPES = ['chat:write', 'commands', 'files:write', 'im:write', 'mpim:write', 'users:read'];

interface SlashCommand {
  command: string;
  description: string;
  usage_hint?: string;
  should_escape?: boolean;
  url?: string;
}

interface Manifest {
  display_information: { name: string; description?: string; long_description?: string; background_color?: string };
  features?: {
    app_home?: { home_tab_enabled?: boolean; messages_tab_enabled?: boolean };
    bot_user?: { display_name: string; always_online?: boolean };
    slash_commands?: SlashCommand[];
  };
  oauth_config?: { scopes?: { bot?: string[]; user?: string[] } };
  settings?: {
    event_subscriptions?: { request_url?: string; bot_events?: string[]; user_events?: string[] };
    interactivity?: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled?: boolean;
    org_deploy_enabled?: boolean;
    token_rotation_enabled?: boolean;
  };
}

function loadManifest(): Manifest {
  return parse(fs.readFileSync(MANIFEST_PATH, 'utf8')) as Manifest;
}

function compileSchema(): ValidateFunction {
  const schema = JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  // The schema is draft-07 (Ajv's default draft). strict: false because it carries a non-standard `regex`
  // keyword; ajv-formats supplies `format: uri`.
  expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}

describe('manifest.yml', () => {
  const validate = compileSchema();
  const manifest = loadManifest();

  it('validates against Slack manifest schema 1.0.0', () => {
    const valid = validate(manifest);
    expect(describeErrors(validate.errors)).toBe('');
    expect(valid).toBe(true);
  });

  it('has a name, a short description, a long description and a hex background colour', () => {
    const info = manifest.display_information;
    expect(info.name).toBe('Reverse Mentor');
    expect(info.description?.length ?? 0).toBeGreaterThan(0);
    // The schema's colour rule uses a non-standard `regex` keyword that validators ignore, so check it here.
    expect(info.background_color).toMatch(/^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/);
    expect(info.long_description?.length ?? 0).toBeGreaterThanOrEqual(175);
  });

  it('declares /reverse-mentor with escaped mentions so `pair @mentor @mentee` receives user ids', () => {
    const commands = manifest.features?.slash_commands ?? [];
    const command = commands.find((c) => c.command === '/reverse-mentor');
    expect(command).toBeDefined();
    expect(command?.should_escape).toBe(true);
    expect(command?.usage_hint).toBeTruthy();
    expect(command?.url).toBe('https://reverse-mentor.example.com/slack/events');
  });

  it('has a bot user and an App Home tab', () => {
    expect(manifest.features?.bot_user?.display_name).toBe('Reverse Mentor');
    expect(manifest.features?.app_home?.home_tab_enabled).toBe(true);
  });

  it('asks for exactly the least-privilege bot scopes and no user scopes', () => {
    const bot = manifest.oauth_config?.scopes?.bot ?? [];
    expect([...bot].sort()).toEqual(EXPECTED_BOT_SCOPES);
    expect(new Set(bot).size).toBe(bot.length);
    expect(manifest.oauth_config?.scopes?.user ?? []).toEqual([]);
  });

  it('asks for no history scope and no scope that reads channels', () => {
    const scopes = [...(manifest.oauth_config?.scopes?.bot ?? []), ...(manifest.oauth_config?.scopes?.user ?? [])];
    expect(scopes.filter((s) => s.endsWith(':history'))).toEqual([]);
    expect(scopes).not.toContain('channels:read');
    expect(scopes).not.toContain('groups:read');
  });

  it('subscribes to app_home_opened, enables interactivity and runs in Socket Mode', () => {
    const settings = manifest.settings;
    expect(settings?.event_subscriptions?.bot_events).toContain('app_home_opened');
    // No message events: the app never reads conversations.
    expect((settings?.event_subscriptions?.bot_events ?? []).filter((e) => e.startsWith('message'))).toEqual([]);
    expect(settings?.interactivity?.is_enabled).toBe(true);
    expect(settings?.socket_mode_enabled).toBe(true);
    expect(settings?.org_deploy_enabled).toBe(false);
    expect(settings?.token_rotation_enabled).toBe(false);
  });

  describe('the validator rejects a broken manifest', () => {
    // Each case proves the schema is really applied, not just loaded.
    it('without display_information.name', () => {
      const broken = loadManifest() as unknown as { display_information: Record<string, unknown> };
      delete broken.display_information.name;
      expect(validate(broken)).toBe(false);
      expect(validate.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ instancePath: '/display_information', keyword: 'required', params: { missingProperty: 'name' } }),
        ]),
      );
    });

    it('with an unknown property (a misspelt key)', () => {
      const broken = loadManifest() as unknown as { settings: Record<string, unknown> };
      broken.settings.socket_mode_enable = true;
      expect(validate(broken)).toBe(false);
      expect(validate.errors?.some((e) => e.keyword === 'additionalProperties' && e.instancePath === '/settings')).toBe(true);
    });

    it('with a slash command missing its leading slash', () => {
      const broken = loadManifest();
      const command = broken.features?.slash_commands?.[0];
      if (!command) throw new Error('manifest has no slash command');
      command.command = 'reverse-mentor';
      expect(validate(broken)).toBe(false);
      expect(validate.errors?.some((e) => e.keyword === 'pattern')).toBe(true);
    });

    it('with a long description under 175 characters', () => {
      const broken = loadManifest();
      broken.display_information.long_description = 'Too short.';
      expect(validate(broken)).toBe(false);
      expect(validate.errors?.some((e) => e.keyword === 'minLength')).toBe(true);
    });

    it('with a request URL that is not http(s)', () => {
      const broken = loadManifest();
      if (!broken.settings?.interactivity) throw new Error('manifest has no interactivity');
      broken.settings.interactivity.request_url = 'reverse-mentor.example.com/slack/events';
      expect(validate(broken)).toBe(false);
    });
  });
});
