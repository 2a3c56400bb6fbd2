import CLibXML2
import Foundation

/// Reads HTML with libxml2's HTML parser (recovering from malformed markup; `XML_PARSE_HUGE` so deep
/// nesting and huge text nodes are not truncated).
///
/// - Headline: the first `<h1>` of the article region, else `og:title`, else `<title>`.
/// - Article date: `article:published_time`, else `<time datetime>`, else JSON-LD `datePublished`.
/// - Blocks come from the article region (`<article>`, `<main>`, `[itemprop=articleBody]`,
///   `[role=main]`, else `<body>`); page chrome outside it is not linted unless `wholePage`.
///   Inside the region, chrome elements (`nav`, `aside`, `footer`, `form`, hidden elements, and
///   elements whose class or id names an ad slot, a share bar, related links or comments) are
///   not linted either. `script`, `style`, `noscript` and `template` are never read.
/// - Tables keep their rows and cells as written, with `colspan` counted; `<pre>` and `<code>`
///   are code, not prose; `<blockquote>` and `<q>` are quotations; `<a href>` are links.
/// - Positions: libxml2's own line numbers stop at 65,535 and are wrong for text nodes, so they
///   are not used. Every text node is found in the source bytes in document order and aligned,
///   entities included (`ViewBuilder`), which gives exact byte offsets on any line.
public struct HTMLReader: ArticleReader {
    public var wholePage: Bool

    public init(wholePage: Bool = false) {
        self.wholePage = wholePage
    }

    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr",
        "td", "th", "caption", "figure", "figcaption", "section", "article", "header", "footer", "aside", "nav",
        "main", "dl", "dt", "dd", "hr", "form", "address", "details", "summary", "body", "html", "center",
        "fieldset", "legend", "thead", "tbody", "tfoot", "title", "option", "select", "button",
    ]
    /// Elements that are page chrome wherever they stand: not linted unless `wholePage`.
    static let chromeElements: Set<String> = ["nav", "aside", "footer", "form", "button", "select", "dialog", "menu"]

    /// Words in a `class` or `id` that mark page chrome inside the article region (ad slots, share
    /// bars, related links, comments), after Mozilla Readability's "unlikely candidates"; an element
    /// that also names article content (`article`, `content`, `story`, …) is kept.
    static let chromeWords = ["ad", "ads", "advert", "advertisement", "sponsor", "sponsored", "promo", "share",
                              "sharing", "social", "related", "newsletter", "subscribe", "comment", "comments",
                              "sidebar", "footer", "menu", "nav", "breadcrumb", "breadcrumbs", "pagination", "pager",
                              "popup", "modal", "cookie", "consent", "gdpr", "banner", "outbrain", "taboola", "recirc", "widget", "toolbar",
                              "staff"]
    /// Fragments that mark chrome even inside a longer class name ("sharedaddy", "sd-social-icon").
    static let chromeFragments = ["sharedaddy", "sharebar", "sharetools", "share-", "-share", "share_", "_share", "social",
                                  "advert", "sponsor", "outbrain", "taboola", "newsletter", "sidebar", "author-bio",
                                  "related-", "-related", "comment-", "-comment", "comments"]
    static let contentWords: Set<String> = ["article", "body", "content", "entry", "main", "post", "text", "story", "blog"]

    /// What the walk needs to know of a tag name, found with one lookup: whether it is in
    /// `skippedElements`, `blockElements` or `chromeElements`.
    struct TagFlags: OptionSet {
        let rawValue: UInt8
        static let skipped = TagFlags(rawValue: 1), block = TagFlags(rawValue: 2), chrome = TagFlags(rawValue: 4)
    }

    static let tagFlags: [String: TagFlags] = {
        var flags: [String: TagFlags] = [:]
        for t in skippedElements { flags[t, default: []].insert(.skipped) }
        for t in blockElements { flags[t, default: []].insert(.block) }
        for t in chromeElements { flags[t, default: []].insert(.chrome) }
        return flags
    }()

    /// `true` for an element that is page chrome inside the article region.
    static func isChrome(_ node: xmlNodePtr, tag: String) -> Bool {
        isChrome(node, isChromeElement: chromeElements.contains(tag))
    }

    /// `isChrome(_:tag:)` when whether the tag is in `chromeElements` is known.
    static func isChrome(_ node: xmlNodePtr, isChromeElement: Bool) -> Bool {
        if isChromeElement { return true }
        guard node.pointee.properties != nil else { return false }   // no hidden, style, class or id
        if attribute(node, "hidden") != nil || attribute(node, "aria-hidden") == "true" { return true }
        if let style = attribute(node, "style")?.lowercased().replacingOccurrences(of: " ", with: ""),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        let classes = attribute(node, "class"), id = attribute(node, "id")
        guard classes != nil || id != nil else { return false }   // no names: " " below, blank
        if let verdict = asciiChromeNames((classes ?? "") + " " + (id ?? "")) { return verdict }
        let names = ((classes ?? "") + " " + (id ?? "")).lowercased()
        guard !names.trimmingCharacters(in: .whitespaces).isEmpty else { return false }
        let words = names.split(whereSeparator: { !$0.isLetter }).map(String.init)
        if words.contains(where: { contentWords.contains($0) }) { return false }
        return words.contains { chromeWords.contains($0) } || chromeFragments.contains { names.contains($0) }
    }

    /// Elements a live widget or ad slot holds and its leftover text does not.
    static let widgetMachinery: Set<String> = [
        "a", "img", "iframe", "script", "ins", "svg", "picture", "video", "audio", "button", "input", "form", "select",
        "textarea", "object", "embed", "canvas", "noscript", "style", "source", "template",
    ]

    /// An element named as chrome by its class or id that holds only short text: no link, image,
    /// frame, script or button, no empty element (an ad slot waiting for its script), not hidden,
    /// at most 400 bytes of text. It is the leftover of a widget whose working parts were stripped
    /// (`<div class="promo">Sponsored</div>`, `<div class="pager">« Previous 1 2 Next »</div>`
    /// between paragraphs), and is read as body text so the residue rules see it.
    ///
    /// Measured on the real pages (`../shared/corpus`, 164 pages): ad-label text in ad-named elements
    /// stands inside the article region of about 15 pages (The Seattle Times, Gizmodo, …), always in
    /// a container that also holds the ad slot (an empty `div`, a script or an iframe), so those stay
    /// page chrome; of the outermost chrome elements of those pages' regions, the bare-text ones are share counts,
    /// comment counts and "Related coverage" headings over link lists, which the residue rules read as
    /// nothing or as a single weak line. Hidden elements stay chrome.
    static func isLeftoverText(_ node: xmlNodePtr) -> Bool {
        if attribute(node, "hidden") != nil || attribute(node, "aria-hidden") == "true" { return false }
        if let style = attribute(node, "style")?.lowercased().replacingOccurrences(of: " ", with: ""),
           style.contains("display:none") || style.contains("visibility:hidden") { return false }
        var textBytes = 0
        /// Text bytes under `n`, or -1 when `n`'s subtree holds machinery or an empty element.
        func scan(_ n: xmlNodePtr, depth: Int) -> Int {
            guard depth < 12 else { return -1 }
            var total = 0
            var child = n.pointee.children
            while let c = child {
                if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE {
                    if let content = c.pointee.content {
                        let count = content.withMemoryRebound(to: CChar.self, capacity: 1) { strlen($0) }
                        var visible = 0
                        for k in 0..<count where content[k] > 0x20 { visible += 1 }
                        total += visible
                    }
                } else if c.pointee.type == XML_ELEMENT_NODE {
                    let tag = name(c)
                    if widgetMachinery.contains(tag) { return -1 }
                    if tag != "br" && tag != "hr" && tag != "wbr" {
                        let inner = scan(c, depth: depth + 1)
                        if inner <= 0 { return -1 }
                        total += inner
                    }
                }
                if total > 400 { return -1 }
                child = c.pointee.next
            }
            return total
        }
        textBytes = scan(node, depth: 0)
        guard textBytes > 0 else { return false }
        // A label next to an empty slot, a script or a frame is a live ad slot's label.
        for direction in [true, false] {
            var sibling = direction ? node.pointee.prev : node.pointee.next
            while let n = sibling {
                if n.pointee.type == XML_ELEMENT_NODE {
                    let tag = name(n)
                    if tag != "br" && tag != "hr" && tag != "wbr" && (widgetMachinery.contains(tag) && tag != "a" || !hasVisibleText(n, depth: 0)) {
                        return false
                    }
                }
                sibling = direction ? n.pointee.prev : n.pointee.next
            }
        }
        return true
    }

    /// Elements outside the article region whose text is never page residue, nor that of anything
    /// inside them: menus, site headers, dialogs and the working parts of widgets.
    static let residueBarriers: Set<String> = ["nav", "header", "menu", "dialog", "a", "button", "form", "select", "label", "option"]

    /// Page residue outside the article region: a whole block standing beside the region or
    /// beside one of its ancestors (the walk asks only of those: a sibling of `<article>`, of
    /// `<main>`, … up to `<body>`'s children), whose text is a widget's leftover
    /// (`isLeftoverText`: no link, button, form or frame anywhere in it, at most 400 bytes of
    /// text, not beside an ad slot). A heading or label deeper inside a page-level widget
    /// ("Follow us", "Share this story", "Related stories" over their working links) is not asked:
    /// measured on the real pages (`/tmp/corpus` sh-html and rd-html, 164 pages), reading every
    /// machinery-free element outside the region gave 32 widget findings, all such labels of
    /// working widgets; whole blocks gave none. A generated page's cookie banner, newsletter box,
    /// share buttons or feed footer left beside `<article>` without its working parts is read.
    static func isOuterResidue(_ node: xmlNodePtr, tag: String) -> Bool {
        guard tag != "html", tag != "body", !residueBarriers.contains(tag) else { return false }
        return isLeftoverText(node)
    }

    /// Words in a `class` or `id` naming a cookie or consent notice.
    static let consentNames = ["cookie", "consent", "gdpr"]
    /// Words in a `class` or `id` naming a share bar.
    static let shareNames = ["share", "sharing", "social"]

    /// A chrome element inside the article region that is page residue even with working parts:
    /// a cookie or consent notice (none of the 164 real pages puts one inside its article region;
    /// sites keep them at page level), or a share bar standing between two paragraphs of the
    /// story (the real pages' share bars inside the region sit under the headline, beside a
    /// figure or after the text, never between two `<p>`). Hidden elements and containers of
    /// more than 600 bytes of text are not.
    static func isInterruptingWidget(_ node: xmlNodePtr) -> Bool {
        if attribute(node, "hidden") != nil || attribute(node, "aria-hidden") == "true" { return false }
        if let style = attribute(node, "style")?.lowercased().replacingOccurrences(of: " ", with: ""),
           style.contains("display:none") || style.contains("visibility:hidden") { return false }
        let names = ((attribute(node, "class") ?? "") + " " + (attribute(node, "id") ?? "")).lowercased()
        let consent = consentNames.contains { names.contains($0) }
        let share = !consent && shareNames.contains { names.contains($0) }
        guard consent || share else { return false }
        guard let text = xmlNodeGetContent(node) else { return false }
        let length = strlen(UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self))
        clibxml2_free(text)
        guard length <= 600 else { return false }
        if consent { return true }
        /// The nearest element sibling in one direction, skipping white space and comments.
        func neighbour(_ forward: Bool) -> xmlNodePtr? {
            var n = forward ? node.pointee.next : node.pointee.prev
            while let c = n {
                if c.pointee.type == XML_ELEMENT_NODE { return c }
                if c.pointee.type == XML_TEXT_NODE, hasVisibleText(c) { return nil }
                n = forward ? c.pointee.next : c.pointee.prev
            }
            return nil
        }
        guard let before = neighbour(false), let after = neighbour(true) else { return false }
        return name(before) == "p" && name(after) == "p" && hasVisibleText(before, depth: 0) && hasVisibleText(after, depth: 0)
    }

    /// Whether the text node `node` holds a visible (non-space) character.
    static func hasVisibleText(_ node: xmlNodePtr) -> Bool {
        guard let content = node.pointee.content else { return false }
        var k = 0
        while content[k] != 0 { if content[k] > 0x20 { return true }; k += 1 }
        return false
    }

    /// Whether `node`'s subtree holds a visible (non-space) text character (at most 12 levels down).
    static func hasVisibleText(_ node: xmlNodePtr, depth: Int) -> Bool {
        guard depth < 12 else { return true }
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE, let content = c.pointee.content {
                var k = 0
                while content[k] != 0 { if content[k] > 0x20 { return true }; k += 1 }
            } else if c.pointee.type == XML_ELEMENT_NODE, !skippedElements.contains(name(c)), hasVisibleText(c, depth: depth + 1) {
                return true
            }
            child = c.pointee.next
        }
        return false
    }

    /// `isChrome`'s test of class and id names, on bytes, when they are ASCII (`nil` otherwise):
    /// white space only → no; a word (run of letters) naming content → no; a chrome word or a
    /// chrome fragment anywhere → yes. For ASCII text this is what the `String` test gives.
    static func asciiChromeNames(_ raw: String) -> Bool? {
        var bytes = Array(raw.utf8)
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        for i in bytes.indices { bytes[i] = ByteText.lower(bytes[i]) }
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
        var words: [String] = []
        var start: Int? = nil
        for i in 0...bytes.count {
            let isLetter = i < bytes.count && bytes[i] &- 0x61 < 26
            if isLetter { if start == nil { start = i } } else if let s = start {
                words.append(String(decoding: bytes[s..<i], as: UTF8.self))
                start = nil
            }
        }
        if words.contains(where: { contentWords.contains($0) }) { return false }
        return words.contains { chromeWords.contains($0) } || chromeFragmentBytes.contains { ByteText.find($0, in: bytes) != nil }
    }

    static let chromeFragmentBytes: [[UInt8]] = chromeFragments.map { Array($0.utf8) }
    static let captionBytes = Array("caption".utf8)

    /// An element whose class names a caption ("caption", "wp-caption-text", "c-picture__caption").
    static func isCaption(_ node: xmlNodePtr) -> Bool {
        guard let raw = attribute(node, "class") else { return false }
        let bytes = Array(raw.utf8)
        if !bytes.contains(where: { $0 >= 0x80 }) {
            return ByteText.find(captionBytes, in: bytes, caseless: true) != nil
        }
        return raw.lowercased().contains("caption")
    }

    static let skippedElements: Set<String> = ["script", "style", "noscript", "template", "head", "textarea", "svg", "iframe", "object"]

    public func read(_ source: SourceText) -> Article {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
        let bytes = source.utf8
        guard !bytes.isEmpty, bytes.count < Int(Int32.max),
              let doc = bytes.withUnsafeBufferPointer({ buf in
                  buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                      htmlReadMemory($0, Int32(buf.count), nil, "UTF-8", options)
                  }
              }) else {
            return PlainTextReader(format: .html).read(source)
        }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return PlainTextReader(format: .html).read(source) }
        var walker = Walker(source: source)
        walker.region = wholePage ? nil : (Self.findRegion(root) ?? Self.densestTextContainer(root)
            ?? Self.firstElement(named: "body", in: root) ?? root)
        if let region = walker.region {
            var n: xmlNodePtr? = region
            while let a = n { walker.regionAncestors.insert(a); n = a.pointee.parent }
        }
        walker.hasH1 = Self.containsH1(walker.region ?? root)
        walker.walk(root, readEverything: wholePage)
        var meta = walker.metadata
        meta.date = meta.date ?? walker.timeDate ?? walker.jsonLDDate
        if meta.title == nil, let h = walker.headline { meta.title = walker.blocks[h].text }
        let residue = walker.residue.view.isEmpty ? nil : TextView(utf8: walker.residue.view, map: walker.residue.map)
        return Article(source: source, format: .html, headline: walker.headline, blocks: walker.blocks, tables: walker.tables,
                       links: walker.links, fences: walker.fences, metadata: meta,
                       prose: TextView(utf8: walker.builder.view, map: walker.builder.map),
                       quotationRanges: QuoteScanner.merge(walker.quotations), codeRanges: walker.code, pageResidue: residue)
    }

    // MARK: - Tree helpers

    static func name(_ node: xmlNodePtr) -> String {
        guard let n = node.pointee.name else { return "" }
        // libxml2's HTML parser gives ASCII names, already lower-case: no Unicode case mapping.
        var i = 0
        var ascii = true, lower = true
        while n[i] != 0 {
            let b = n[i]
            if b >= 0x80 { ascii = false; break }
            if b &- 0x41 < 26 { lower = false }
            i += 1
        }
        guard ascii else { return String(cString: n).lowercased() }
        if lower { return String(cString: n) }
        return String(decoding: UnsafeBufferPointer(start: n, count: i).map { ByteText.lower($0) }, as: UTF8.self)
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        // Most elements have no attributes: no lookup (HTML documents declare no default attributes).
        guard node.pointee.properties != nil, let value = xmlGetProp(node, name) else { return nil }
        defer { clibxml2_free(value) }
        return String(cString: value)
    }

    /// Elements in document order, iteratively (documents can nest thousands deep).
    static func forEachElement(_ root: xmlNodePtr, _ body: (xmlNodePtr) -> Bool) {
        var node: xmlNodePtr? = root
        while let n = node {
            if n.pointee.type == XML_ELEMENT_NODE, !body(n) { return }
            if n.pointee.type == XML_ELEMENT_NODE, let child = n.pointee.children, !skippedElements.contains(name(n)) {
                node = child
                continue
            }
            var up: xmlNodePtr? = n
            node = nil
            while let u = up, u != root {
                if let next = u.pointee.next { node = next; break }
                up = u.pointee.parent
            }
        }
    }

    /// The article region: the first `<article>`, `<main>`, `[itemprop=articleBody]` or `[role=main]`.
    static func findRegion(_ root: xmlNodePtr) -> xmlNodePtr? {
        var found: xmlNodePtr? = nil
        for pass in 0..<2 {
            forEachElement(root) { n in
                let tag = name(n)
                let match = pass == 0
                    ? (tag == "article" || attribute(n, "itemprop") == "articleBody")
                    : (tag == "main" || attribute(n, "role") == "main")
                if match { found = n; return false }
                return true
            }
            if found != nil { return found }
        }
        return nil
    }

    /// Without an article element: the element whose `<p>` children hold the most text (the
    /// parent scores a paragraph's length, the grandparent half of it), after Mozilla Readability.
    static func densestTextContainer(_ root: xmlNodePtr) -> xmlNodePtr? {
        var scores: [xmlNodePtr: Double] = [:]
        forEachElement(root) { n in
            guard name(n) == "p", let parent = n.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return true }
            guard let text = xmlNodeGetContent(n) else { return true }
            let length = Double(strlen(UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self)))
            clibxml2_free(text)
            guard length >= 25 else { return true }
            scores[parent, default: 0] += length
            if let grand = parent.pointee.parent, grand.pointee.type == XML_ELEMENT_NODE { scores[grand, default: 0] += length / 2 }
            return true
        }
        return scores.max { $0.value < $1.value }?.key
    }

    static func firstElement(named tag: String, in root: xmlNodePtr) -> xmlNodePtr? {
        var found: xmlNodePtr? = nil
        forEachElement(root) { n in
            if name(n) == tag { found = n; return false }
            return true
        }
        return found
    }

    static func containsH1(_ root: xmlNodePtr) -> Bool {
        var found = false
        forEachElement(root) { n in
            if name(n) == "h1" { found = true; return false }
            return true
        }
        return found
    }

    // MARK: - Walk

    struct Walker: ArticleCollecting {
        let source: SourceText
        var builder: ViewBuilder
        /// The page residue view (`Article.pageResidue`), one line per block.
        var residue: ViewBuilder
        /// The region and its ancestors: never a residue element.
        var regionAncestors: Set<xmlNodePtr> = []
        /// Open residue elements, and open elements below which nothing is residue (`residueBarriers`).
        private var residueDepth = 0
        private var residueBarrierDepth = 0
        var region: xmlNodePtr? = nil
        var hasH1 = false
        var blocks: [Block] = []
        var tables: [Table] = []
        var links: [Link] = []
        var fences: [CodeFence] = []
        var quotations: [Range<Int>] = []
        var code: [Range<Int>] = []
        var metadata = ArticleMetadata()
        var headline: Int? = nil
        private var kind: BlockKind = .paragraph
        private var blockTag = ""
        private var captionDepth = 0
        /// Per open table: cells still spanning down (rows left, columns), and those of this row.
        private var rowspanStack: [[(rows: Int, span: Int)]] = []
        private var pendingRowspans: [(rows: Int, span: Int)] = []
        /// Dates in order of preference: `article:published_time`, `<time datetime>`, JSON-LD.
        var timeDate: String? = nil
        var jsonLDDate: String? = nil
        private var quoteDepth = 0
        var paragraph = 0
        private var rowStack: [[TableCell]] = []
        private var tableStack: [[TableRow]] = []
        private var titleFromHead: (String, SourceRange?)? = nil

        init(source: SourceText) {
            self.source = source
            self.builder = ViewBuilder(source: source.utf8, isHTML: true)
            self.residue = ViewBuilder(source: source.utf8, isHTML: true)
        }

        /// Ends the residue view's current line.
        mutating func endResidueLine() { _ = residue.endBlock() }

        /// Frames of the iterative walk: an element being entered or left.
        enum Frame { case enter(xmlNodePtr), exit(xmlNodePtr, String, TagFlags, Int, Int) }

        mutating func walk(_ root: xmlNodePtr, readEverything: Bool) {
            var stack: [Frame] = [.enter(root)]
            var inRegionDepth = readEverything ? 1 : 0
            while let frame = stack.popLast() {
                switch frame {
                case let .enter(node):
                    let type = node.pointee.type
                    if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                        // A node without content adds nothing (as an empty text would not).
                        guard let content = node.pointee.content else { continue }
                        if inRegionDepth > 0 {
                            builder.append(cString: content)
                        } else {
                            let r = locate(cString: content)
                            if residueDepth > 0 {
                                // Aligned where the main walk found it; white space between two
                                // pieces ("<a>X</a> <a>Email</a>") keeps them apart.
                                if let r, r.length > 0 { residue.reposition(to: r.start) }
                                residue.append(cString: content)
                            }
                        }
                        continue
                    }
                    guard type == XML_ELEMENT_NODE else { continue }
                    let tag = HTMLReader.name(node)
                    if tag == "head" { readHead(node); continue }
                    let flags = HTMLReader.tagFlags[tag] ?? []
                    if flags.contains(.skipped) { continue }
                    let isRegion = node == region
                    if isRegion { inRegionDepth += 1 }
                    // Chrome inside the region is read but not linted: its text only moves the cursor.
                    var isChrome = inRegionDepth > 0 && !readEverything && !isRegion && HTMLReader.isChrome(node, isChromeElement: flags.contains(.chrome))
                    // A widget's leftover text (its container's links and slots gone) is read as body text.
                    // So is a `<nav>` inside the article whose links are gone ("« Previous 1 2 3 Next »" as text).
                    if isChrome, !flags.contains(.chrome) || tag == "nav", HTMLReader.isLeftoverText(node) { isChrome = false }
                    // Page residue: leftover widget text outside the region, and interrupting widgets inside it.
                    var mark = isRegion ? 1 : (isChrome ? 2 : 0)
                    if !readEverything {
                        if residueDepth > 0 {
                            if flags.contains(.block) || tag == "br" { endResidueLine() }
                        } else if inRegionDepth == 0, !isRegion {
                            if HTMLReader.residueBarriers.contains(tag) {
                                residueBarrierDepth += 1
                                mark |= 8
                            } else if residueBarrierDepth == 0, !regionAncestors.contains(node),
                                      let parent = node.pointee.parent, regionAncestors.contains(parent), HTMLReader.isOuterResidue(node, tag: tag) {
                                residueDepth += 1
                                mark |= 4
                            }
                        } else if isChrome, HTMLReader.isInterruptingWidget(node) {
                            residueDepth += 1
                            mark |= 4
                        }
                    }
                    if isChrome { inRegionDepth = -inRegionDepth }
                    let viewStart = builder.view.count
                    if inRegionDepth > 0 { enter(node, tag: tag, flags: flags) }
                    stack.append(.exit(node, tag, flags, viewStart, mark))
                    // Children pushed last first, so the first is entered first.
                    if node.pointee.children != nil {
                        var child = node.pointee.last
                        while let c = child { stack.append(.enter(c)); child = c.pointee.prev }
                    }
                case let .exit(node, tag, flags, viewStart, mark):
                    if residueDepth > 0, flags.contains(.block) { endResidueLine() }
                    if mark & 4 != 0 { residueDepth -= 1; endResidueLine() }
                    if mark & 8 != 0 { residueBarrierDepth -= 1 }
                    let regionMark = mark & 3
                    if regionMark == 2 { inRegionDepth = -inRegionDepth; continue }
                    if inRegionDepth > 0 { exit(node, tag: tag, flags: flags, viewStart: viewStart) }
                    if regionMark == 1 { inRegionDepth -= 1; flush() }
                }
            }
            flush()
        }

        /// Finds text outside the region in the source, moving the cursor past it.
        mutating func locate(_ text: String) -> SourceRange? {
            var text = text
            let r = text.withUTF8 { builder.locate(utf8: $0) }
            if let r, r.length > 0 { builder.advance(to: r.end) }
            return r
        }

        /// `locate` for a text node's content.
        mutating func locate(cString text: UnsafePointer<UInt8>) -> SourceRange? {
            let count = text.withMemoryRebound(to: CChar.self, capacity: 1) { strlen($0) }
            let r = builder.locate(utf8: UnsafeBufferPointer(start: text, count: count))
            if let r, r.length > 0 { builder.advance(to: r.end) }
            return r
        }

        mutating func readHead(_ head: xmlNodePtr) {
            var child = head.pointee.children
            while let c = child {
                child = c.pointee.next
                guard c.pointee.type == XML_ELEMENT_NODE else { continue }
                let tag = HTMLReader.name(c)
                if tag == "title", let t = c.pointee.children?.pointee.content {
                    let text = String(cString: t)
                    let r = locate(text)
                    if titleFromHead == nil { titleFromHead = (Self.trimmedTitle(text), r) }
                } else if tag == "meta" {
                    let key = HTMLReader.attribute(c, "property") ?? HTMLReader.attribute(c, "name") ?? ""
                    let content = HTMLReader.attribute(c, "content")
                    if key == "og:title", let content, !content.isEmpty {
                        var scratch = ViewBuilder(source: source.utf8, isHTML: false)
                        titleFromHead = (content, scratch.append(content))
                    }
                    if key == "article:published_time", let content { metadata.date = content }
                    if key == "og:url", let content, metadata.url == nil { metadata.url = content }
                    if key == "description", let content { metadata.description = content }
                    if key == "author", let content { metadata.author = content }
                } else if tag == "link", HTMLReader.attribute(c, "rel")?.lowercased() == "canonical",
                          let href = HTMLReader.attribute(c, "href"), !href.isEmpty {
                    metadata.url = href
                } else if tag == "script", HTMLReader.attribute(c, "type")?.lowercased() == "application/ld+json",
                          let t = c.pointee.children?.pointee.content, jsonLDDate == nil {
                    jsonLDDate = Self.jsonLDDate(String(cString: t))
                }
            }
        }

        /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`, without Foundation when the
        /// text starts and ends with a visible ASCII character (nothing to trim).
        static func trimmedTitle(_ text: String) -> String {
            if let f = text.utf8.first, let l = text.utf8.last, f > 0x20, f < 0x7F, l > 0x20, l < 0x7F { return text }
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        static func jsonLDDate(_ json: String) -> String? {
            guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else { return nil }
            var queue: [Any] = [object]
            while !queue.isEmpty {
                let item = queue.removeFirst()
                if let d = item as? [String: Any] {
                    if let date = d["datePublished"] as? String { return date }
                    queue += Array(d.values)
                } else if let a = item as? [Any] {
                    queue += a
                }
            }
            return nil
        }

        /// Opens the element `node` (`flags`: its tag's `tagFlags`).
        mutating func enter(_ node: xmlNodePtr, tag: String, flags: TagFlags) {
            if headline == nil, !hasH1, let (title, range) = titleFromHead, blocks.isEmpty {
                // No <h1>: the headline comes from og:title or <title>.
                if let range {
                    // Aligned inside the title element or attribute value, then back to the body.
                    let resume = builder.cursor
                    builder.reposition(to: range.start)
                    if builder.append(title, limit: range.end) == nil { builder.append(title, at: range) }
                    builder.reposition(to: resume)
                } else {
                    builder.append(title, at: SourceRange(start: 0, end: 0))
                }
                kind = .heading
                let before = blocks.count
                flush()
                // A blank <title> or og:title makes no block: then there is no headline from the head.
                if blocks.count > before { headline = blocks.count - 1 }
                titleFromHead = nil
            }
            let inRow = !rowStack.isEmpty
            if tag == "time", timeDate == nil, let d = HTMLReader.attribute(node, "datetime"), !d.isEmpty { timeDate = d }
            if tag == "figure" || tag == "figcaption" || HTMLReader.isCaption(node) { captionDepth += 1 }
            switch tag {
            case "table":
                flush()
                tableStack.append([])
                rowspanStack.append([])
            case "tr":
                flush()
                rowStack.append([])
            case "td", "th":
                builder.separator(0x09)
            case "br":
                builder.separator(0x0A)
            case "blockquote":
                if !inRow { flush() }
                quoteDepth += 1
            default:
                if !inRow, flags.contains(.block) {
                    flush()
                    blockTag = tag
                    switch tag {
                    case "h1", "h2", "h3", "h4", "h5", "h6": kind = .heading
                    case "li", "dt", "dd": kind = .listItem
                    case "pre": kind = .code
                    case "figcaption", "caption": kind = .caption
                    default: kind = captionDepth > 0 ? .caption : .paragraph
                    }
                }
            }
        }

        /// Closes the element `node` (`flags`: its tag's `tagFlags`).
        mutating func exit(_ node: xmlNodePtr, tag: String, flags: TagFlags, viewStart: Int) {
            defer { if tag == "figure" || tag == "figcaption" || HTMLReader.isCaption(node) { captionDepth -= 1 } }
            let range = builder.pieceView(since: viewStart)   // the view may have been trimmed since
            switch tag {
            case "td", "th":
                guard !rowStack.isEmpty else { return }
                let (text, src) = (builder.pieceText(range), builder.pieceRange(range))
                let span = max(1, min(1000, Int(HTMLReader.attribute(node, "colspan") ?? "1") ?? 1))
                let rows = max(1, min(1000, Int(HTMLReader.attribute(node, "rowspan") ?? "1") ?? 1))
                if rows > 1 { pendingRowspans.append((rows - 1, span)) }
                rowStack[rowStack.count - 1].append(TableCell(text: text, range: src, span: span))
            case "tr":
                guard let cells = rowStack.popLast() else { return }
                // Cells of earlier rows that span down into this one (rowspan) count here too.
                var inherited = 0
                if !rowspanStack.isEmpty {
                    inherited = rowspanStack[rowspanStack.count - 1].reduce(0) { $0 + ($1.rows > 0 ? $1.span : 0) }
                    rowspanStack[rowspanStack.count - 1] = rowspanStack[rowspanStack.count - 1].compactMap { c in
                        c.rows > 1 ? (c.rows - 1, c.span) : nil
                    }
                    for cell in pendingRowspans { rowspanStack[rowspanStack.count - 1].append(cell) }
                }
                pendingRowspans = []
                let tableIndex = tables.count
                let rowRange = cells.isEmpty ? SourceRange(start: builder.cursor, end: builder.cursor)
                    : cells.map(\.range).reduce(cells[0].range) { $0.union($1) }
                kind = .tableRow
                flush(table: tableStack.isEmpty ? nil : tableIndex)
                if !tableStack.isEmpty {
                    tableStack[tableStack.count - 1].append(TableRow(range: rowRange, cells: cells, inheritedWidth: inherited))
                }
            case "table":
                flush()
                _ = rowspanStack.popLast()
                guard let rows = tableStack.popLast(), let header = rows.first else { return }
                tables.append(Table(style: .markup, header: header, rows: Array(rows.dropFirst()),
                                    range: rows.map(\.range).reduce(header.range) { $0.union($1) }))
            case "a":
                if let href = HTMLReader.attribute(node, "href") {
                    links.append(Link(kind: .element, target: href, text: builder.pieceText(range), range: builder.pieceRange(range)))
                }
            case "code", "pre", "kbd", "samp":
                if !range.isEmpty { code.append(range) }
                if tag == "pre", rowStack.isEmpty { flush() }
            case "q":
                if !range.isEmpty { quotations.append(range) }
            case "blockquote":
                if rowStack.isEmpty { flush() }
                quoteDepth -= 1
            default:
                if rowStack.isEmpty, flags.contains(.block) { flush() }
            }
        }

        /// Ends the current block, if it holds text.
        mutating func flush(table: Int? = nil) {
            defer { kind = .paragraph; blockTag = "" }
            var blockKind = table != nil ? BlockKind.tableRow : (kind == .tableRow ? .paragraph : kind)
            if blockKind == .paragraph, captionDepth > 0 { blockKind = .caption }
            guard let index = addBlock(blockKind, table: table, inQuotation: quoteDepth > 0) else { return }
            if blockTag == "h1", headline == nil { headline = index }
        }
    }
}
