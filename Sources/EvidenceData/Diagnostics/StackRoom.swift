#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How much call stack is left on the current thread. Recursive code over user input (the
/// expression parser) asks before going deeper, so a deep expression is an error, not a crash
/// (exit 139). Debug builds use far bigger frames than release builds, so a fixed depth alone
/// cannot be safe everywhere.
package enum StackRoom {
    /// The address of a local in the caller's frame (the stack grows down on every platform
    /// evsh runs on).
    @inline(never)
    package static func here() -> Int {
        var marker = 0
        return withUnsafeMutablePointer(to: &marker) { Int(bitPattern: $0) }
    }

    /// Bytes of stack between the caller and the end of this thread's stack, or nil if unknown.
    package static func remaining() -> Int? {
        #if canImport(Glibc)
        var attr = pthread_attr_t()
        guard evsh_pthread_getattr_np(pthread_self(), &attr) == 0 else { return nil }
        defer { pthread_attr_destroy(&attr) }
        var low: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attr, &low, &size) == 0, let low else { return nil }
        return here() - Int(bitPattern: low)
        #elseif canImport(Darwin)
        let high = Int(bitPattern: pthread_get_stackaddr_np(pthread_self()))
        let size = pthread_get_stacksize_np(pthread_self())
        return here() - (high - size)
        #else
        return nil
        #endif
    }

    /// The lowest address recursion may reach if it is to use at most `fraction` of the stack
    /// left now (nil: unknown, rely on depth limits alone).
    package static func floor(using fraction: Double) -> Int? {
        guard let left = remaining(), left > 0 else { return nil }
        return here() - Int(Double(left) * fraction)
    }
}

#if canImport(Glibc)
/// glibc's `pthread_getattr_np` (a GNU extension the Glibc module does not import).
@_silgen_name("pthread_getattr_np")
private func evsh_pthread_getattr_np(_ thread: pthread_t, _ attr: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif
