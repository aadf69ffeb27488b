import EvidenceCore
import Foundation

// Minimal front end until the terminal front end lands: -c and piped lines.
let session = Session(environment: .plain)
var args = CommandLine.arguments.dropFirst()
var text = ""
if args.first == "-c", args.count >= 2 { text = args[args.startIndex + 1] } else {
    while let l = readLine() { text += l + "\n" }
}
var status: Int32 = 0
for o in session.runScript(text) {
    for l in TextRenderer.render(o, options: session.renderOptions) { print(l) }
    if o.failed { status = 65 }
}
exit(status)
