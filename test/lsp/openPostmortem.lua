-- Run by test/lsp/neovim.test.ts in `nvim --headless --clean`: opens a postmortem with
-- `postmortem lsp` attached, writes its diagnostics as JSON, applies the preferred quick fix of the
-- first action-item-owner diagnostic, writes the buffer's text, and quits.
-- Neovim 0.7 (Debian 12) has vim.lsp.start_client; vim.lsp.start came in 0.8.
local cli = os.getenv('POSTMORTEM_CLI')
local file = os.getenv('POSTMORTEM_FILE')
local out = os.getenv('POSTMORTEM_OUT')

local function write(name, value)
  local handle = assert(io.open(out .. '/' .. name, 'w'))
  handle:write(type(value) == 'string' and value or vim.json.encode(value))
  handle:close()
end

local ok, problem = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'postmortem',
    cmd = { 'node', cli, 'lsp', '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h:h'),
  })
  assert(client_id, 'the client did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)
  assert(vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50), 'no diagnostics within 30 s')

  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(diagnostics, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      code = d.code, severity = d.severity, source = d.source, message = d.message,
    })
  end
  write('diagnostics.json', diagnostics)

  local owner
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == 'action-item-owner' then owner = d end
  end
  assert(owner, 'no action-item-owner diagnostic')
  local lsp_diagnostics = vim.tbl_filter(
    function(d) return d.code == 'action-item-owner' end,
    vim.lsp.diagnostic.get_line_diagnostics(bufnr, owner.lnum)
  )
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(bufnr),
    range = lsp_diagnostics[1].range,
    context = { diagnostics = lsp_diagnostics, only = { 'quickfix' } },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000)
  local titles, preferred = {}, nil
  for _, response in pairs(responses or {}) do
    for _, action in ipairs(response.result or {}) do
      table.insert(titles, action.title)
      if action.isPreferred then preferred = action end
    end
  end
  write('actions.json', titles)
  assert(preferred, 'no preferred quick fix')
  vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16')
  write('text.md', table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') .. '\n')
end)
if not ok then write('error.txt', tostring(problem)) end
vim.cmd('qa!')
