#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Keeps a mapped file that another program shrinks during the load (a sync tool rewriting it)
/// from ending the process. Touching a mapped page past the file's new end raises SIGBUS; the
/// handler maps zero pages over the rest of that mapping, marks it, and returns, so the read
/// goes on with zeros and the reader turns the mark into an error ("changed while it was being
/// read"). A fault outside the registered mappings puts back the handling there was before
/// (the default, the Swift runtime's backtracer or a sanitizer's) and returns, so it faults
/// again there. Mapping stays cheaper than reading: docs/loading.md, "Limits".
enum MappedFileGuard {
    /// Room for this many mappings at once; beyond it a mapping is simply not guarded.
    static let slots = 16

    /// Register a mapping; the slot to pass to `wasTruncated` and `release`, or nil if full.
    static func register(_ base: UnsafeRawPointer, length: Int) -> Int? {
        registration.withLock { installed -> Int? in
            if !installed { install(); installed = true }
            for i in 0..<slots where table[3 * i + 1] == 0 {
                table[3 * i + 2] = 0
                table[3 * i] = Int(bitPattern: base)
                table[3 * i + 1] = length // last: the handler reads a slot only once its length is set
                return i
            }
            return nil
        }
    }

    /// Whether a page of the mapping faulted since it was registered.
    static func wasTruncated(_ slot: Int) -> Bool { table[3 * slot + 2] != 0 }

    static func release(_ slot: Int) {
        registration.withLock { _ in
            table[3 * slot + 1] = 0
            table[3 * slot] = 0
            table[3 * slot + 2] = 0
        }
    }

    // Plain words, not Swift objects: the handler may not allocate, lock or retain. Slot i is
    // (base, length, faulted) at 3i; the previous sigaction follows the table.
    private nonisolated(unsafe) static let table: UnsafeMutablePointer<Int> = {
        let p = UnsafeMutablePointer<Int>.allocate(capacity: 3 * slots)
        p.initialize(repeating: 0, count: 3 * slots)
        return p
    }()
    private nonisolated(unsafe) static let previous: UnsafeMutablePointer<sigaction> = {
        let p = UnsafeMutablePointer<sigaction>.allocate(capacity: 1)
        p.initialize(to: sigaction())
        return p
    }()
    private static let registration = Mutex(false)

    private static func install() {
        _ = table; _ = previous
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_sigaction = busHandler
        #else
        action.__sigaction_u.__sa_sigaction = busHandler
        #endif
        action.sa_flags = SA_SIGINFO | SA_ONSTACK
        sigemptyset(&action.sa_mask)
        _ = sigaction(SIGBUS, &action, previous)
    }

    fileprivate static func handle(_ info: UnsafeMutablePointer<siginfo_t>?) {
        #if canImport(Glibc)
        let address = Int(bitPattern: info?.pointee._sifields._sigfault.si_addr)
        #else
        let address = Int(bitPattern: info?.pointee.si_addr)
        #endif
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        for i in 0..<slots {
            let base = table[3 * i], length = table[3 * i + 1]
            guard length > 0, address >= base, address < base + length else { continue }
            let from = address & ~(page - 1)
            let end = (base + length + page - 1) & ~(page - 1)
            if mmap(UnsafeMutableRawPointer(bitPattern: from), end - from, PROT_READ,
                    MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) != MAP_FAILED {
                table[3 * i + 2] = 1
                return
            }
            break
        }
        _ = sigaction(SIGBUS, previous, nil)
    }
}

private func busHandler(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
    MappedFileGuard.handle(info)
}
