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
                var parts = slots.takeBuilders(j)
                slots.set(j, column(name: names[j], isID: j == idColumn, parts: &parts))
            }
        }
        return slots.all()
    }

    /// Nil when a text column holds bytes that are not UTF-8 (the caller decides what to do).
    /// The parts are taken `inout`, held nowhere else, so each one's arrays go back to the
    /// system as soon as they are copied (a copy held by the caller would keep them).
    static func column(name: String, isID: Bool, parts: inout [ColumnBuilder]) -> Column? {
        guard !parts.isEmpty else { return nil }
        let kind = parts[0].kind
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
            for k in parts.indices { parts[k].grades.move(to: &v) }
            data = .grade(v)
        case .date:
            var v: [Double] = []
            v.reserveCapacity(base)
            for k in parts.indices { parts[k].numbers.move(to: &v) }
            data = .date(v)
        case .boolean:
            var b = BitBuilder()
            for k in parts.indices { b.append(contentsOf: parts[k].booleans); parts[k].booleans.free() }
            data = .boolean(b.bitmap)
            b.free()
        case .text:
            guard let t = text(&parts, count: base) else { return nil }
            data = .text(t)
        }
        return Column(name: name, data: data, validity: validity.bitmap, markers: markers, isID: isID)
    }

    /// A text column from its parts. The first part's codes stand; a later part's values are
    /// looked up in it and its new values appended after, in order. A part's dictionary is freed
    /// as soon as its Strings are made, and sorted unique ids (all of the second half new) need
    /// no lookups and no remap table: the id column never holds all its bytes and all its Strings
    /// at once, which was the load's peak memory (docs/loading.md, "Speed and memory").
    private static func text(_ parts: inout [ColumnBuilder], count: Int) -> TextData? {
        var codes: [UInt32] = []
        codes.reserveCapacity(count)
        parts[0].codes.move(to: &codes)
        let allNew = parts.count == 2 && parts[0].dictionary.allBefore(parts[1].dictionary)
        var words: [String] = []
        words.reserveCapacity(parts.reduce(0) { $0 + $1.dictionary.count })
        if allNew {
            guard parts[0].dictionary.moveStrings(to: &words) else { return nil }
        } else {
            guard parts[0].dictionary.appendStrings(to: &words, entries: 0..<parts[0].dictionary.count) else { return nil }
            if parts.count > 1 { parts[0].dictionary.index() }
        }
        for k in parts.indices.dropFirst() {
            let n = parts[k].dictionary.count
            let start = codes.count
            parts[k].codes.move(to: &codes)
            if n == 0 { continue }
            if allNew {
                // Every value of this part is new: its codes move up by the first part's count.
                let shift = UInt32(words.count)
                guard parts[k].dictionary.moveStrings(to: &words) else { return nil }
                codes.withUnsafeMutableBufferPointer { c in for i in start..<c.count { c[i] &+= shift } }
                continue
            }
            let first = parts[0].dictionary, d = parts[k].dictionary
            var remap = [UInt32](repeating: 0, count: n)
            var fresh: [Int] = []
            for e in 0..<n {
                if let c = d.withEntry(e, { first.find($0, $1) }) { remap[e] = c } else {
                    remap[e] = UInt32(words.count + fresh.count)
                    fresh.append(e)
                }
            }
            guard d.appendStrings(to: &words, entries: fresh) else { return nil }
            codes.withUnsafeMutableBufferPointer { c in
                remap.withUnsafeBufferPointer { r in
                    for i in start..<c.count { c[i] = r[Int(c[i])] }
                }
            }
        }
        return TextData(codes: codes, dictionary: words)
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
            for k in parts.indices { parts[k].ints.move(to: &v) }
            return Numbers(scaled: v, decimals: decimals)
        }
        var v: [Double] = []
        v.reserveCapacity(count)
        for k in parts.indices {
            if parts[k].compact { parts[k].spill() }
            parts[k].numbers.move(to: &v)
        }
        return Numbers(v)
    }
}
