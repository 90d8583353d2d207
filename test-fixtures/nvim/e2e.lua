-- End-to-end test of `brisk lsp` with a real client: Neovim 0.7's built-in LSP client (0.7 API:
-- vim.lsp.start_client + buf_attach_client; vim.lsp.start does not exist yet).
--
--   nvim --headless -u NONE -c 'luafile test-fixtures/nvim/e2e.lua'
--
-- Environment (all optional): BRISK_E2E_WORKSPACE (default test-fixtures/nvim/workspace);
-- BRISK_LSP_JAVA + BRISK_LSP_CLASSPATH to run the server from a class path (the JUnit runner does),
-- else `./brisk lsp`. Exits 0 on success, 1 on failure (with the reason on stderr).

local function log(message)
  io.stderr:write("e2e: " .. message .. "\n")
end

local function finish(code)
  io.stderr:flush()
  vim.cmd((code == 0 and "qall!") or ("cquit " .. code))
end

local function run()
  vim.opt.swapfile = false
  local root = vim.fn.fnamemodify(os.getenv("BRISK_E2E_WORKSPACE") or "test-fixtures/nvim/workspace", ":p")
  root = root:gsub("/$", "")
  local cmd = { "./brisk", "lsp" }
  if os.getenv("BRISK_LSP_JAVA") then
    cmd = { os.getenv("BRISK_LSP_JAVA"), "-Xss16m", "-cp", os.getenv("BRISK_LSP_CLASSPATH"), "brisk.cli.Main", "lsp" }
  end

  local exit_code = nil
  local client_id = vim.lsp.start_client({
    name = "brisk",
    cmd = cmd,
    root_dir = root,
    on_exit = function(code) exit_code = code end,
  })
  assert(client_id, "vim.lsp.start_client failed")

  vim.cmd("edit " .. vim.fn.fnameescape(root .. "/src/main.rs"))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  assert(vim.wait(120000, function() return client.initialized end, 50), "the server did not initialize")
  log("initialized")

  -- Type an undefined name into the buffer, without saving.
  local line = vim.api.nvim_buf_get_lines(buf, 3, 4, false)[1]
  assert(line == "    let side = 3;", "unexpected fixture line: " .. tostring(line))
  vim.api.nvim_buf_set_lines(buf, 3, 4, false, { "    let side = undefined_side;" })
  local diagnostics = {}
  local arrived = vim.wait(60000, function()
    diagnostics = vim.diagnostic.get(buf)
    return #diagnostics > 0
  end, 50)
  assert(arrived, "no diagnostic arrived for the undefined name")
  local d = diagnostics[1]
  assert(#diagnostics == 1, "expected one diagnostic, got " .. vim.inspect(diagnostics))
  assert(d.code == "E0425", "expected code E0425, got " .. vim.inspect(d))
  assert(d.lnum == 3 and d.col == 15, "expected the diagnostic at line 4, column 16, got " .. vim.inspect(d))
  assert(d.message:find("cannot find value `undefined_side` in this scope", 1, true), d.message)
  log("E0425 arrived at line " .. (d.lnum + 1) .. ": " .. d.message:gsub("\n", " / "))

  -- Fix it: the diagnostic clears.
  vim.api.nvim_buf_set_lines(buf, 3, 4, false, { "    let side = 3;" })
  assert(vim.wait(60000, function() return #vim.diagnostic.get(buf) == 0 end, 50),
    "the diagnostic did not clear: " .. vim.inspect(vim.diagnostic.get(buf)))
  log("cleared after the fix")

  -- Hover over `double` (navigation works through a real client too).
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 4, character = 26 } }
  local hover = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 30000)
  local contents = hover and hover[client_id] and hover[client_id].result and hover[client_id].result.contents
  assert(contents and contents.value:find("pub fn double(n: i64) -> i64", 1, true),
    "unexpected hover: " .. vim.inspect(hover))
  log("hover: " .. contents.value:gsub("\n", " "))

  vim.lsp.stop_client(client_id)
  assert(vim.wait(30000, function() return exit_code ~= nil end, 50), "the server did not exit")
  assert(exit_code == 0, "the server exited with " .. tostring(exit_code))
  log("server exited cleanly")
end

local ok, err = pcall(run)
if ok then
  log("PASS")
  finish(0)
else
  log("FAIL: " .. tostring(err))
  finish(1)
end
