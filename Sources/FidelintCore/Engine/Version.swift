/// fidelint's version, reported by `--version`, in JSON and in SARIF `tool.driver.version`.
public enum FidelintVersion {
    public static let current = "0.1.0"
}
