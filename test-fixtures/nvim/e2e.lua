-- End-to-end test of `brisk lsp` with a real client: Neovim 0.7's built-in LSP client (0.7 API:
-- vim.lsp.start_client + buf_attach_client; vim.lsp.start does not exist yet). Asserts: a type error
-- typed into an unsaved buffer arrives as E0308 on its line and clears once fixed; hover works; the
-- "▶ Run test" code lens, executed, passes, and fails after an unsaved edit breaks the test; the
-- server exits cleanly.
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
  vim.opt.hidden = true
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

  -- Type a type error into the buffer, without saving.
  local line = vim.api.nvim_buf_get_lines(buf, 3, 4, false)[1]
  assert(line == "    let side = 3;", "unexpected fixture line: " .. tostring(line))
  vim.api.nvim_buf_set_lines(buf, 3, 4, false, { '    let side: i64 = "three";' })
  local diagnostics = {}
  local arrived = vim.wait(60000, function()
    diagnostics = vim.diagnostic.get(buf)
    return #diagnostics > 0
  end, 50)
  assert(arrived, "no diagnostic arrived for the type error")
  local d = diagnostics[1]
  assert(#diagnostics == 1, "expected one diagnostic, got " .. vim.inspect(diagnostics))
  assert(d.code == "E0308", "expected code E0308, got " .. vim.inspect(d))
  assert(d.lnum == 3 and d.col == 20, "expected the diagnostic at line 4, column 21, got " .. vim.inspect(d))
  assert(d.message:find("mismatched types", 1, true), d.message)
  log("E0308 arrived at line " .. (d.lnum + 1) .. ": " .. d.message:gsub("\n", " / "))

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

  -- The test module of util.rs: its "Run test" lens runs the test, first as saved, then broken in
  -- the unsaved buffer.
  vim.cmd("edit " .. vim.fn.fnameescape(root .. "/src/util.rs"))
  local util = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(util, client_id)
  local function run_test_lens()
    local lenses = vim.lsp.buf_request_sync(util, "textDocument/codeLens",
      { textDocument = { uri = vim.uri_from_bufnr(util) } }, 30000)
    local found = nil
    for _, lens in ipairs((lenses and lenses[client_id] and lenses[client_id].result) or {}) do
      if lens.command and lens.command.title == "▶ Run test" then
        found = lens
      end
    end
    assert(found, "no Run test lens: " .. vim.inspect(lenses))
    assert(found.command.command == "brisk.runTest", vim.inspect(found))
    assert(found.command.arguments[2] == "util::tests::doubles", vim.inspect(found))
    local response = vim.lsp.buf_request_sync(util, "workspace/executeCommand", found.command, 120000)
    local answer = response and response[client_id]
    assert(answer and answer.result, "executeCommand failed: " .. vim.inspect(response))
    return answer.result
  end
  local passed = run_test_lens()
  assert(passed.passed == true, "expected the test to pass: " .. vim.inspect(passed))
  assert(type(passed.durationMs) == "number", vim.inspect(passed))
  log("Run test passed in " .. passed.durationMs .. " ms")

  local test_line = nil
  for i, text in ipairs(vim.api.nvim_buf_get_lines(util, 0, -1, false)) do
    if text:find("assert_eq!(double(4), 8);", 1, true) then
      test_line = i - 1
    end
  end
  assert(test_line, "the fixture's assertion is missing")
  vim.api.nvim_buf_set_lines(util, test_line, test_line + 1, false, { "        assert_eq!(double(4), 9);" })
  -- Let the change reach the server (the client may debounce didChange).
  vim.wait(500)
  local failed = run_test_lens()
  assert(failed.passed == false, "expected the broken test to fail: " .. vim.inspect(failed))
  assert(failed.output:find("left: 8", 1, true) and failed.output:find("right: 9", 1, true),
    "expected the assertion's message in the output: " .. vim.inspect(failed))
  log("Run test failed after the unsaved edit: " .. failed.output:gsub("\n", " / "))

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
