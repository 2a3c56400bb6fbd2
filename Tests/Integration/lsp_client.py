#!/usr/bin/env python3
"""Issue 18: `fidelint lsp` driven by a real Language Server Protocol client, pygls's
`LanguageClient` (PyPI `pygls`), as an editor drives it.

Usage: lsp_client.py FIDELINT_BINARY

In a workspace whose `.fidelint.yml` makes ad labels warnings, opens a Markdown document whose
lines hold multi-byte characters (accented letters: 2 UTF-8 bytes, 1 UTF-16 unit; an emoji:
4 bytes, 2 units) before a finding, and checks:
- the diagnostics' ranges are in UTF-16 code units (computed here from the text), the workspace
  configuration applies, a duplicate's diagnostic carries its related location;
- hover over a finding gives the rule's summary and documentation link;
- the repair code action, applied to the text as an editor applies a WorkspaceEdit and sent back
  with didChange, makes the diagnostic go away and leaves every other character;
- the suppression code action (with a reason) silences the ad label, and no unused suppression
  is reported;
- the "fix all" source action removes the exact second copy of the duplicated paragraph.
Prints `lsp client: ok` and exits 0, or what went wrong and exits 1.
"""
import asyncio
import os
import sys
import tempfile

from lsprotocol import types
from pygls.lsp.client import LanguageClient

LINES = [
    "# Überfahrt nach Göteborg 🚢",
    "",
    "Die Fähre „Nordlicht“ fährt stündlich 🚢 ab Kiel. :contentReference[oaicite:0]{index=0}",
    "",
    "ADVERTISEMENT",
    "",
    "Die Tickets kosten in diesem Sommer deutlich weniger als im Vorjahr, teilte die Reederei am Montag in Kiel mit, und Kinder unter zwölf Jahren fahren kostenlos.",
    "",
    "Die Tickets kosten in diesem Sommer deutlich weniger als im Vorjahr, teilte die Reederei am Montag in Kiel mit, und Kinder unter zwölf Jahren fahren kostenlos.",
    "",
]
TEXT = "\n".join(LINES)


def fail(message):
    print("lsp client: FAILED: " + message)
    sys.exit(1)


def utf16(s):
    return len(s.encode("utf-16-le")) // 2


def offset_of(text, position):
    """The string index of an LSP position (0-based line, UTF-16 character)."""
    lines = text.split("\n")
    index = sum(len(l) + 1 for l in lines[: position.line])
    line = lines[position.line] if position.line < len(lines) else ""
    units = 0
    for i, ch in enumerate(line):
        if units >= position.character:
            return index + i
        units += utf16(ch)
    return index + len(line)


def apply(text, edits):
    """Applies TextEdits (non-overlapping) as an editor does: from the last to the first."""
    for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        start, end = offset_of(text, e.range.start), offset_of(text, e.range.end)
        text = text[:start] + e.new_text + text[end:]
    return text


class Client(LanguageClient):
    def __init__(self):
        super().__init__("fidelint-test-client", "1")
        self.diagnostics = {}
        self.versions = asyncio.Queue()


async def main(binary):
    workspace = tempfile.mkdtemp(prefix="fidelint-lsp-client-")
    with open(os.path.join(workspace, ".fidelint.yml"), "w") as f:
        f.write("severity: {ad_label: warning}\n")
    path = os.path.join(workspace, "story.md")
    uri = "file://" + path

    client = Client()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: types.PublishDiagnosticsParams):
        client.diagnostics[params.uri] = params.diagnostics
        client.versions.put_nowait(params.uri)

    async def next_diagnostics():
        await asyncio.wait_for(client.versions.get(), 30)
        return client.diagnostics[uri]

    await client.start_io(binary, "lsp", cwd=workspace)
    result = await asyncio.wait_for(client.initialize_async(types.InitializeParams(
        process_id=os.getpid(), root_uri="file://" + workspace,
        workspace_folders=[types.WorkspaceFolder(uri="file://" + workspace, name="ws")],
        capabilities=types.ClientCapabilities(general=types.GeneralClientCapabilities(position_encodings=[types.PositionEncodingKind.Utf16])))), 30)
    caps = result.capabilities
    if not caps.hover_provider or not caps.code_action_provider:
        fail(f"capabilities lack hover or code actions: {caps}")
    client.initialized(types.InitializedParams())

    text = TEXT
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)))
    diagnostics = await next_diagnostics()
    by_rule = {d.code: d for d in diagnostics}
    print("lsp client: diagnostics " + ", ".join(f"{d.code}@{d.range.start.line}:{d.range.start.character}-{d.range.end.line}:{d.range.end.character}" for d in diagnostics))

    token = by_rule.get("citation_token")
    if token is None:
        fail(f"no citation_token diagnostic in {diagnostics}")
    line = LINES[2]
    start = line.index(":contentReference")
    want_start, want_end = utf16(line[:start]), utf16(line)
    got = (token.range.start.line, token.range.start.character, token.range.end.line, token.range.end.character)
    if got != (2, want_start, 2, want_end):
        fail(f"citation_token range {got}, expected (2, {want_start}, 2, {want_end}) in UTF-16 units (bytes would give {len(line[:start].encode())})")
    print(f"lsp client: citation_token starts at UTF-16 character {want_start} (byte {len(line[:start].encode())}, code point {start})")

    ad = by_rule.get("ad_label")
    if ad is None or ad.severity != types.DiagnosticSeverity.Warning:
        fail(f"ad_label should be a warning by the workspace configuration: {ad}")
    if not ad.code_description or not ad.code_description.href.endswith("docs/rules/ad_label.md"):
        fail(f"ad_label has no documentation link: {ad}")

    duplicate = by_rule.get("duplicate_section")
    related = duplicate.related_information if duplicate else None
    if not related or related[0].location.uri != uri or related[0].location.range.start.line != 6:
        fail(f"the duplicate's diagnostic lacks its related location (the first copy, line 6): {duplicate}")
    print(f"lsp client: duplicate_section at line {duplicate.range.start.line} relates to line {related[0].location.range.start.line} ({related[0].message})")

    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=2, character=want_start + 3)))
    if hover is None or "citation_token" not in hover.contents.value or "docs/rules/citation_token.md" not in hover.contents.value:
        fail(f"hover lacks the rule and its link: {hover}")
    print("lsp client: hover: " + hover.contents.value.splitlines()[0])

    # The repair: a quick fix whose edit deletes the token (and the space before it).
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=token.range,
        context=types.CodeActionContext(diagnostics=[token])))
    repair = next((a for a in actions or [] if isinstance(a, types.CodeAction) and a.title.startswith("Fix")), None)
    if repair is None:
        fail(f"no repair code action among {[a.title for a in actions or []]}")
    print(f"lsp client: code action “{repair.title}”")
    text = apply(text, repair.edit.changes[uri])
    expected_line = line[:start].rstrip()
    if text.split("\n")[2] != expected_line or text.split("\n")[:2] != LINES[:2] or text.split("\n")[3:] != LINES[3:]:
        fail("the repair changed more than the token:\n" + text)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
    diagnostics = await next_diagnostics()
    if any(d.code == "citation_token" for d in diagnostics):
        fail(f"citation_token still reported after the repair: {diagnostics}")
    print("lsp client: after the repair: " + (", ".join(d.code for d in diagnostics) or "no diagnostics"))

    # The suppression with a reason.
    ad = next(d for d in diagnostics if d.code == "ad_label")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=ad.range, context=types.CodeActionContext(diagnostics=[ad])))
    suppress = next((a for a in actions or [] if isinstance(a, types.CodeAction) and a.title.startswith("Suppress")), None)
    if suppress is None:
        fail(f"no suppression code action among {[a.title for a in actions or []]}")
    text = apply(text, suppress.edit.changes[uri])
    if "fidelint-disable-next-line ad_label -- " not in text:
        fail("the suppression has no reason:\n" + text)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=3),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
    diagnostics = await next_diagnostics()
    if [d.code for d in diagnostics] != ["duplicate_section"]:
        fail(f"after the suppression, only the duplicate should remain: {[(d.code, d.message) for d in diagnostics]}")
    print("lsp client: after the suppression: duplicate_section")

    # Fix all: the exact second copy goes.
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
        context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.SourceFixAll])))
    fix_all = next((a for a in actions or [] if isinstance(a, types.CodeAction) and a.kind == "source.fixAll.fidelint"), None)
    if fix_all is None:
        fail(f"no fix-all action among {actions}")
    text = apply(text, fix_all.edit.changes[uri])
    if text.count("Die Tickets kosten") != 1 or not text.endswith("kostenlos.\n"):
        fail("fix all did not remove exactly the second copy:\n" + text)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=4),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
    diagnostics = await next_diagnostics()
    if diagnostics:
        fail(f"diagnostics remain after fix all: {[(d.code, d.message) for d in diagnostics]}")
    print("lsp client: after fix all: no diagnostics")

    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    if await next_diagnostics():
        fail("diagnostics on save")
    await asyncio.wait_for(client.shutdown_async(None), 30)
    client.exit(None)
    await client.stop()
    if sorted(os.listdir(workspace)) != [".fidelint.yml"]:
        fail(f"the server wrote files: {os.listdir(workspace)}")
    print("lsp client: ok")


if __name__ == "__main__":
    asyncio.run(main(os.path.abspath(sys.argv[1])))
