import Foundation
import EvidenceFuzzing

#if EVSH_FUZZ
/// Under libFuzzer (`make fuzz` builds with -sanitize=fuzzer and -DEVSH_FUZZ). Depending on the
/// linker, libFuzzer's own `main` runs, or SwiftPM's entry point does and hands the command line
/// to `LLVMFuzzerRunDriver`; both end in `fuzzOneInput`. The target comes from EVSH_FUZZ_TARGET.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

let fuzzTarget = FuzzTarget(rawValue: ProcessInfo.processInfo.environment["EVSH_FUZZ_TARGET"] ?? "") ?? .csv

/// Called once before the first input: what lives for the whole run (the sample table) is
/// made here, so the leak check of each input sees only that input's allocations.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
    fuzzTarget.prepare()
    return 0
}

/// What libFuzzer calls for each input (its own `main` is linked when the linker takes it).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
#endif

/// Without libFuzzer: `evsh-fuzz TARGET FILE…` replays files through a target (a crash
/// reproduces the same way as under the fuzzer).
@main
struct FuzzMain {
    static func main() {
        #if EVSH_FUZZ
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
        #else
        let args = CommandLine.arguments.dropFirst()
        guard let name = args.first, let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: evsh-fuzz \(names) FILE…\n".utf8))
            exit(64)
        }
        for path in args.dropFirst() {
            guard let d = FileManager.default.contents(atPath: path) else { continue }
            target.run([UInt8](d))
        }
        #endif
    }
}
