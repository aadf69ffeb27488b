import Foundation
import EvidenceFuzzing

#if EVSH_FUZZ
/// libFuzzer's entry point (`make fuzz` builds with -sanitize=fuzzer and -DEVSH_FUZZ); the
/// target comes from EVSH_FUZZ_TARGET.
let target = FuzzTarget(rawValue: ProcessInfo.processInfo.environment["EVSH_FUZZ_TARGET"] ?? "") ?? .csv

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    target.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#else
/// Without libFuzzer: `evsh-fuzz TARGET FILE…` replays files through a target (a crash
/// reproduces the same way as under the fuzzer).
@main
struct FuzzReplay {
    static func main() {
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
    }
}
#endif
