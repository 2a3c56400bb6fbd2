#!/usr/bin/env python3
"""Issue 18: `fidelint mcp` driven by the official MCP Python SDK's client (`pip install mcp`).

Usage: mcp_client.py FIDELINT_BINARY

Starts the server over standard input and output with the SDK's `stdio_client`, lists the tools,
lints a text (structured findings with 1-based lines and UTF-16 columns), asks for the repaired
text, checks that an oversized text is a tool error, and that nothing was written. Prints
`mcp client: ok` and exits 0, or prints what went wrong and exits 1.
"""
import asyncio
import json
import os
import sys
import tempfile

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

ARTICLE = (
    "# Ferry News\n\n"
    "Certainly! Here is the article you asked for:\n\n"
    "The “new” ferry runs hourly from the harbour to the island, the operator said on Monday.\n\n"
    "ADVERTISEMENT\n\n"
    "Tickets cost less than last year.\n"
)
REPAIRED = (
    "# Ferry News\n\n"
    "The “new” ferry runs hourly from the harbour to the island, the operator said on Monday.\n\n"
    "Tickets cost less than last year.\n"
)


def fail(message):
    print("mcp client: FAILED: " + message)
    sys.exit(1)


def structured(result):
    """The tool result's structured content (a dict), from either spelling the SDK uses."""
    value = getattr(result, "structuredContent", None)
    if value is None:
        value = getattr(result, "structured_content", None)
    if value is None and result.content:
        value = json.loads(result.content[0].text)
    return value


def is_error(result):
    return bool(getattr(result, "isError", None) or getattr(result, "is_error", None))


async def main(binary):
    workdir = tempfile.mkdtemp(prefix="fidelint-mcp-client-")
    params = StdioServerParameters(command=binary, args=["mcp", "--max-text-bytes", "100000"], cwd=workdir)
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            tools = await session.list_tools()
            names = sorted(t.name for t in tools.tools)
            for wanted in ("fix_text", "lint_files", "lint_text"):
                if wanted not in names:
                    fail(f"tool {wanted} missing from {names}")
            print("mcp client: tools " + ", ".join(names))

            lint = await session.call_tool("lint_text", {"text": ARTICLE, "format": "markdown"})
            if is_error(lint):
                fail(f"lint_text failed: {lint.content}")
            findings = structured(lint)["findings"]
            got = [(f["ruleId"], f["line"], f["column"]) for f in findings]
            print(f"mcp client: lint_text findings {got}")
            if ("assistant_preamble", 3, 1) not in got or ("ad_label", 7, 1) not in got:
                fail(f"unexpected findings {got}")
            if not all("fix" in f for f in findings if f["ruleId"] in ("assistant_preamble", "ad_label")):
                fail("a repairable finding has no fix object")

            fixed = await session.call_tool("fix_text", {"text": ARTICLE, "format": "markdown"})
            if is_error(fixed):
                fail(f"fix_text failed: {fixed.content}")
            result = structured(fixed)
            if result["text"] != REPAIRED:
                fail("fix_text returned\n" + result["text"])
            print(f"mcp client: fix_text applied {result['applied']} repairs; remaining findings {len(result['remaining'])}")
            if result["applied"] != 2 or result["remaining"]:
                fail(f"unexpected fix result {result}")

            big = await session.call_tool("fix_text", {"text": "a" * 100001})
            if not is_error(big) or "at most 100000" not in big.content[0].text:
                fail(f"an oversized text was not refused: {big.content}")
    if os.listdir(workdir):
        fail(f"the server wrote files: {os.listdir(workdir)}")
    os.rmdir(workdir)
    print("mcp client: ok")


if __name__ == "__main__":
    asyncio.run(main(os.path.abspath(sys.argv[1])))
