import Foundation
import ZIPFoundation

/// The zip container of a workbook (ZIPFoundation), and the limits that keep a hostile file
/// from filling the memory: the total inflated size, the inflation ratio of each part and
/// (for the sheet reader) the number of cells. docs/loading.md, "Limits of workbooks".
final class XlsxPackage {
    struct Limits: Sendable, Equatable {
        /// All parts read, inflated, together.
        var totalBytes = 2 << 30
        /// Inflated ÷ packed, for parts larger than `ratioFloor`. Sheets of one repeated value
        /// pack about 150:1; one layer of deflate packs at most about 1030:1.
        var ratio = 500
        var ratioFloor = 1 << 20
        /// Rows × columns of the table read from one sheet.
        var cells = 150_000_000
    }

    private let archive: Archive
    let limits: Limits
    private(set) var inflated = 0
    /// Every entry's path, in the order of the central directory.
    let partNames: [String]

    init(path: String, limits: Limits) throws(XlsxError) {
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .badZip(WorkbookReaderMessage.zipDirectory())
        }
        self.limits = limits
        partNames = archive.map(\.path)
    }

    func has(_ part: String) -> Bool { archive[part] != nil }

    /// The part's inflated bytes, checked against the limits and its checksum.
    func read(_ part: String) throws(XlsxError) -> [UInt8] {
        guard let entry = archive[part] else { throw .missingPart(part) }
        let declared = entry.uncompressedSize, packed = entry.compressedSize
        let room = limits.totalBytes - inflated
        guard declared <= UInt64(max(room, 0)) else { throw .partTooLarge(part: part, limit: limits.totalBytes) }
        if declared > UInt64(limits.ratioFloor), declared / max(packed, 1) > UInt64(limits.ratio) {
            throw .inflationRatio(part: part, limit: limits.ratio)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(declared) + 1)
        let limit = Int(declared)
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                // The declared size may lie: never inflate past it.
                guard bytes.count + chunk.count <= limit else { throw XlsxError.badZip(WorkbookReaderMessage.partHoldsMore(.text(part))) }
                bytes.append(contentsOf: chunk)
            }
        } catch let e as XlsxError {
            throw e
        } catch {
            throw .badZip(WorkbookReaderMessage.partDamaged(.text(part), .message(Self.describe(error))))
        }
        inflated += bytes.count
        return bytes
    }

    private static func describe(_ error: any Error) -> Message {
        switch error {
        case Archive.ArchiveError.invalidCRC32: WorkbookReaderMessage.checksum()
        case Archive.ArchiveError.invalidCompressionMethod: WorkbookReaderMessage.packedOddly()
        default: WorkbookReaderMessage.notInflatable()
        }
    }

    /// A path from a relationship's target: absolute (`/xl/…`) or relative to `folder`.
    static func resolve(_ target: String, relativeTo folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.split(separator: "/").map(String.init)
        for p in target.split(separator: "/") {
            if p == ".." { if !parts.isEmpty { parts.removeLast() } } else if p != "." { parts.append(String(p)) }
        }
        return parts.joined(separator: "/")
    }
}
