import Foundation

/// Joins the builders of consecutive parts of a read into one `Column`, one column at a time,
/// freeing each part's arrays as it goes so a parallel parse does not hold two copies.
enum ColumnAssembly {
    /// Every column of a read, built on two threads; each column frees its parts as it is
    /// built. Nil when a text column holds bytes that are not UTF-8.
    static func columns(_ parts: FieldParts, layout: FieldLayout) -> [Column]? {
        let slots = ColumnSlots(count: layout.columnCount)
        for j in 0..<layout.columnCount { slots.builders[j] = parts.take(column: j) }
        let names = layout.names, idColumn = layout.idColumn
        DispatchQueue.concurrentPerform(iterations: 2) { t in
            for j in stride(from: t, to: names.count, by: 2) {
                slots.set(j, column(name: names[j], isID: j == idColumn, parts: slots.takeBuilders(j)))
            }
        }
        return slots.all()
    }

    /// Nil when a text column holds bytes that are not UTF-8 (the caller decides what to do).
    static func column(name: String, isID: Bool, parts input: [ColumnBuilder]) -> Column? {
        var parts = input
        guard let first = parts.first else { return nil }
        let kind = first.kind
        var validity = BitBuilder()
        var markers: [Int32: MissingKind] = [:]
        var base = 0
        for p in parts {
            validity.append(contentsOf: p.validity)
            for (r, m) in p.markers { markers[r + Int32(base)] = m }
            base += p.count
        }
        defer {
            validity.free()
            for k in parts.indices { parts[k].free() }
        }
        let data: ColumnData
        switch kind {
        case .number:
            data = .number(numbers(&parts, count: base))
        case .grade:
            var v: [UInt8] = []
            v.reserveCapacity(base)
            for k in parts.indices { v.append(contentsOf: parts[k].grades.buffer); parts[k].grades.free() }
            data = .grade(v)
        case .date:
            var v: [Double] = []
            v.reserveCapacity(base)
            for k in parts.indices { v.append(contentsOf: parts[k].numbers.buffer); parts[k].numbers.free() }
            data = .date(v)
        case .boolean:
            var b = BitBuilder()
            for k in parts.indices { b.append(contentsOf: parts[k].booleans); parts[k].booleans.free() }
            data = .boolean(b.bitmap)
            b.free()
        case .text:
            // The first part's codes stand; later parts' values are looked up in it and their
            // new values appended after, in order (sorted unique ids need no lookups at all).
            var firstDict = parts[0].dictionary
            var lastDict = parts[0].dictionary
            var words: [String] = []
            var codes: [UInt32] = []
            codes.reserveCapacity(base)
            codes.append(contentsOf: parts[0].codes.buffer)
            parts[0].codes.free()
            guard firstDict.appendStrings(to: &words, entries: 0..<firstDict.count) else { return nil }
            for k in parts.indices.dropFirst() {
                let d = parts[k].dictionary
                if d.count == 0 { codes.append(contentsOf: parts[k].codes.buffer); parts[k].codes.free(); continue }
                var remap = [UInt32](repeating: 0, count: d.count)
                var fresh: [Int] = []
                let allNew = parts.count == 2 && lastDict.allBefore(d)
                if allNew {
                    // Sorted unique ids in both halves: every value of this part is new.
                    for e in 0..<d.count { remap[e] = UInt32(words.count + e) }
                    fresh = Array(0..<d.count)
                } else {
                    firstDict.index()
                }
                for e in 0..<d.count where !allNew {
                    if let c = d.withEntry(e, { firstDict.find($0, $1) }) { remap[e] = c } else {
                        remap[e] = UInt32(words.count + fresh.count)
                        fresh.append(e)
                    }
                }
                guard d.appendStrings(to: &words, entries: fresh) else { return nil }
                lastDict = d
                let start = codes.count
                codes.append(contentsOf: parts[k].codes.buffer)
                parts[k].codes.free()
                codes.withUnsafeMutableBufferPointer { c in
                    remap.withUnsafeBufferPointer { r in
                        for i in start..<c.count { c[i] = r[Int(c[i])] }
                    }
                }
            }
            data = .text(TextData(codes: codes, dictionary: words))
        }
        return Column(name: name, data: data, validity: validity.bitmap, markers: markers, isID: isID)
    }

    /// A number column from its parts: scaled integers when every part kept them (brought to
    /// the most decimals any part needed), Doubles otherwise.
    private static func numbers(_ parts: inout [ColumnBuilder], count: Int) -> Numbers {
        let decimals = parts.map(\.decimals).max() ?? 0
        if parts.allSatisfy({ $0.compact }) {
            for k in parts.indices where parts[k].decimals < decimals {
                if !parts[k].rescale(to: decimals) { parts[k].spill() }
            }
        }
        if parts.allSatisfy({ $0.compact }) {
            var v: [Int32] = []
            v.reserveCapacity(count)
            for k in parts.indices { v.append(contentsOf: parts[k].ints.buffer); parts[k].ints.free() }
            return Numbers(scaled: v, decimals: decimals)
        }
        var v: [Double] = []
        v.reserveCapacity(count)
        for k in parts.indices {
            if parts[k].compact { parts[k].spill() }
            v.append(contentsOf: parts[k].numbers.buffer)
            parts[k].numbers.free()
        }
        return Numbers(v)
    }
}
