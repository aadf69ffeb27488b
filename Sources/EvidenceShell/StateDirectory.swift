#if canImport(Glibc)
import Glibc
#endif

/// Where evsh keeps per-user state (history now; journals and keys later):
/// `$XDG_STATE_HOME/evsh`, by default `~/.local/state/evsh`, created with mode 0700.
public enum StateDirectory {
    /// The directory path (not created). Nil when neither XDG_STATE_HOME nor HOME is usable.
    public static func path(environment env: (String) -> String? = Terminal.environment) -> String? {
        // The XDG spec says a relative value is invalid and must be ignored.
        if let x = env("XDG_STATE_HOME"), x.hasPrefix("/") { return join(x, "evsh") }
        if let h = env("HOME"), h.hasPrefix("/") { return join(h, ".local/state/evsh") }
        return nil
    }

    /// Create `path` and any missing parents with mode 0700. Returns false when it cannot.
    @discardableResult
    public static func create(_ path: String) -> Bool {
        var st = stat()
        if stat(path, &st) == 0 { return (st.st_mode & S_IFMT) == S_IFDIR }
        let parent = parentOf(path)
        if parent != path, !parent.isEmpty { _ = create(parent) }
        return mkdir(path, 0o700) == 0 || errno == EEXIST
    }

    static func join(_ a: String, _ b: String) -> String {
        a.hasSuffix("/") ? a + b : a + "/" + b
    }

    static func parentOf(_ path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p.removeLast() }
        guard let slash = p.lastIndex(of: "/") else { return "" }
        return slash == p.startIndex ? "/" : String(p[..<slash])
    }
}
