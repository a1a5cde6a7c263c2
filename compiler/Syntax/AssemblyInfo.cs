using System.Runtime.CompilerServices;

// The syntax tests exercise the tokenizer and parser directly.
[assembly: InternalsVisibleTo("PyNet.Compiler.Tests")]
