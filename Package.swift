// swift-tools-version:6.1
import PackageDescription

// Layering (one direction only):
//   fidelint (CLI, ArgumentParser) -> FidelintRules, FidelintReporters
//   FidelintRules -> FidelintCore, FidelintRegex, Yams
//   FidelintReporters -> FidelintCore
//   FidelintRegex -> CPCRE2 (system library)
//   fidelint -> CSQLite (system library): the --cache database
//   FidelintCore -> CCmarkGFM, CLibXML2 (system libraries), Yams, TOMLKit: the Markdown, HTML and front-matter readers;
//                   CFidelintGuard (C): the crash guard's per-thread file and stage
// FidelintCore imports no argument parsing, no regex engine and no output format.
let package = Package(
    name: "fidelint",
    products: [
        .executable(name: "fidelint", targets: ["fidelint"]),
        .library(name: "FidelintCore", targets: ["FidelintCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", exact: "0.12.1"),
    ],
    targets: [
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // The --cache database (issue 16).
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // The crash guard: which file and stage each linting thread is in, reported by a signal
        // handler to the supervising process (issue 15, point 4).
        .target(name: "CFidelintGuard"),
        .target(name: "FidelintCore", dependencies: ["CCmarkGFM", "CLibXML2", "CFidelintGuard", .product(name: "Yams", package: "Yams"),
                                                        .product(name: "TOMLKit", package: "TOMLKit")]),
        .target(name: "FidelintRegex", dependencies: ["CPCRE2"]),
        .target(
            name: "FidelintRules",
            dependencies: ["FidelintCore", "FidelintRegex", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "FidelintReporters", dependencies: ["FidelintCore"]),
        .executableTarget(
            name: "fidelint",
            dependencies: [
                "FidelintCore", "FidelintRules", "FidelintReporters", "CSQLite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "MCP", package: "swift-sdk"),
            ]
        ),
        .executableTarget(name: "fidelint-bench", dependencies: ["FidelintCore"], path: "Benchmarks/fidelint-bench"),
        // libFuzzer entry points (Scripts/fuzz builds it with -sanitize=fuzzer,address -DFIDELINT_FUZZ);
        // a normal build replays input files through one mode.
        .executableTarget(name: "fidelint-fuzz", dependencies: ["FidelintCore", "FidelintRules", "FidelintReporters"],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
        .testTarget(name: "FidelintCoreTests", dependencies: ["FidelintCore"]),
        .testTarget(name: "FidelintRulesTests", dependencies: ["FidelintRules", "FidelintRegex", "FidelintCore"]),
        .testTarget(name: "FidelintReportersTests", dependencies: ["FidelintReporters", "FidelintRules", "FidelintCore"]),
        .testTarget(name: "FidelintCLITests", dependencies: ["fidelint", "FidelintCore", "CSQLite"]),
    ]
)
