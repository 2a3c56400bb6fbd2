// GENERATED FILE. DO NOT EDIT. Run Scripts/embed-rule-packs after changing Rules/.

/// The shipped rule packs, embedded so that the binary works without the Rules/ folder.
/// Each entry is (path relative to Rules/, file contents); the path's folder is the pack name.
enum EmbeddedRulePacks {
    static let files: [(path: String, contents: String)] = [
    ]
}
