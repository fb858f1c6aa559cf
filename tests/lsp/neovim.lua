-- Neovim's built-in LSP client against `statusc lsp` (run by run.sh with the
-- spec open): receive the diagnostic for a misspelled state, jump to a
-- definition from a line with non-ASCII text before the name, rename a state.
-- Exits 0 when every step worked; messages go to stderr.
local statusc = os.getenv('STATUSC')
local buf = vim.api.nvim_get_current_buf()

local function say(text) io.stderr:write(text .. '\n') end
local function fail(text)
  say('FAIL: ' .. text)
  vim.cmd('cquit 1')
end
local function line_of(pattern)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local col = line:find(pattern)
    if col then return i, col - 1 end  -- 1-based row, 0-based byte column
  end
  fail('no line matches ' .. pattern)
end

local client = vim.lsp.start_client({ name = 'statusc', cmd = { statusc, 'lsp' }, root_dir = vim.fn.getcwd() })
if not client then fail('the client did not start') end
vim.lsp.buf_attach_client(buf, client)

-- 1. The diagnostic for `from: runing`, at the name.
if not vim.wait(10000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then fail('no diagnostics') end
local d = vim.diagnostic.get(buf)[1]
local row, col = line_of('from: runing')
if not d.message:find("'runing' is not a state") then fail('unexpected diagnostic: ' .. d.message) end
if d.lnum ~= row - 1 or d.col ~= col + #'from: ' then
  fail(string.format('diagnostic at %d:%d, expected %d:%d', d.lnum, d.col, row - 1, col + #'from: '))
end
say('ok - diagnostic: ' .. d.message)

-- 2. Go to definition from `to: running` after "Start 🚀 ü" on the same line.
local use_row, use_col = line_of('Start .*to: running')
use_col = vim.api.nvim_buf_get_lines(buf, use_row - 1, use_row, false)[1]:find('to: running') - 1 + #'to: '
local def_row, def_col = line_of('^      running:')
vim.api.nvim_win_set_cursor(0, { use_row, use_col + 2 })
vim.lsp.buf.definition()
local jumped = vim.wait(10000, function()
  local cursor = vim.api.nvim_win_get_cursor(0)
  return cursor[1] == def_row and cursor[2] == def_col + 6
end, 50)
if not jumped then
  local cursor = vim.api.nvim_win_get_cursor(0)
  fail(string.format('definition jumped to %d:%d, expected %d:%d', cursor[1], cursor[2], def_row, def_col + 6))
end
say('ok - definition')

-- 3. Rename the state `queued`: every use, and its old name kept readable.
local q_row, q_col = line_of('^      queued:')
vim.api.nvim_win_set_cursor(0, { q_row, q_col + 6 })
vim.lsp.buf.rename('waiting')
local renamed = vim.wait(10000, function()
  local text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
  return text:find('waiting: { renamed_from: %[queued%],', 1) ~= nil
end, 50)
local text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
if not renamed then fail('rename did not apply:\n' .. text) end
local left = text:gsub('renamed_from: %[queued%]', '')
if left:find('queued') then fail('a use of queued was not renamed:\n' .. text) end
say('ok - rename')

vim.lsp.stop_client(client)
vim.cmd('qall!')
