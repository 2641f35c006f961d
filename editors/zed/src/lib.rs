//! Zed extension that starts `postmortem lsp`, the Postmortem language server, for Markdown files.
//! The server is the npm package's CLI: the extension only finds it and passes settings on.
use zed_extension_api::{
    self as zed, serde_json, settings::LspSettings, LanguageServerId, Result, Worktree,
};

/// The key of `[language_servers.postmortem]` in extension.toml and of `lsp.postmortem` in Zed's
/// settings.
const SERVER_ID: &str = "postmortem";
/// The CLI's executable, as `npm install --global` puts it on the PATH.
const EXECUTABLE: &str = "postmortem";
const SERVER_ARGS: [&str; 2] = ["lsp", "--stdio"];
/// The section of `workspace/didChangeConfiguration` the server reads, as VS Code's `postmortem.*`.
const SETTINGS_SECTION: &str = "postmortem";
const NOT_FOUND: &str = "`postmortem` was not found on the PATH of this project's shell. \
    Install the CLI with `npm install --global @postmortem-tools/postmortem`, or set \
    `lsp.postmortem.binary` in Zed's settings (from a clone: `\"path\": \"node\", \
    \"arguments\": [\"/path/to/dist/cli.js\", \"lsp\", \"--stdio\"]`).";

struct PostmortemExtension;

impl zed::Extension for PostmortemExtension {
    fn new() -> Self {
        PostmortemExtension
    }

    fn language_server_command(
        &mut self,
        language_server_id: &LanguageServerId,
        worktree: &Worktree,
    ) -> Result<zed::Command> {
        if language_server_id.as_ref() != SERVER_ID {
            return Err(format!(
                "the Postmortem extension has no language server {language_server_id}"
            ));
        }
        // No `lsp.postmortem.binary` here, nor the shell's environment: Zed applies both itself,
        // and starts `binary.path` without asking the extension.
        let command = worktree
            .which(EXECUTABLE)
            .ok_or_else(|| NOT_FOUND.to_string())?;
        Ok(zed::Command {
            command,
            args: SERVER_ARGS.iter().map(|arg| arg.to_string()).collect(),
            env: Default::default(),
        })
    }

    // No `language_server_initialization_options`: Zed itself sends the user's
    // `lsp.postmortem.initialization_options` to an extension's server.

    fn language_server_workspace_configuration(
        &mut self,
        _language_server_id: &LanguageServerId,
        worktree: &Worktree,
    ) -> Result<Option<serde_json::Value>> {
        // Zed sends what this returns as the whole configuration, so `lsp.postmortem.settings`
        // goes under the section the server reads.
        let settings = LspSettings::for_worktree(SERVER_ID, worktree)
            .ok()
            .and_then(|lsp_settings| lsp_settings.settings);
        Ok(settings.map(|settings| {
            let mut configuration = serde_json::Map::new();
            configuration.insert(SETTINGS_SECTION.to_string(), settings);
            serde_json::Value::Object(configuration)
        }))
    }
}

zed::register_extension!(PostmortemExtension);
