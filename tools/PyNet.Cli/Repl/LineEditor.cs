using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PyNet.Cli.Repl;

/// <summary>What reading a line produced.</summary>
internal enum LineStatus
{
    Line,
    EndOfFile,
    Interrupted,
}

/// <summary>
/// A small readline for the REPL on System.Console: editing keys (arrows, Home/End, Backspace/Delete, Ctrl-A/E/B/F,
/// Ctrl-K/U/W, Ctrl-L), history (Up/Down, Ctrl-P/N; see <see cref="History"/>), Tab completion through a callback,
/// Ctrl-D (end of input on an empty line, else delete) and Ctrl-C (abandons the line). One line is drawn at a time:
/// a line wider than the terminal scrolls sideways so the cursor stays visible.
/// </summary>
internal sealed class LineEditor
{
    private readonly History _history;
    private readonly Func<string, int, IReadOnlyList<string>> _complete;
    private readonly StringBuilder _line = new();
    private string _prompt = string.Empty;
    private int _cursor;
    private int _drawnCursor;
    private bool _listedCompletions;

    /// <param name="complete">Given the line and the cursor, the candidates that replace the word before the cursor.</param>
    public LineEditor(History history, Func<string, int, IReadOnlyList<string>> complete)
    {
        _history = history;
        _complete = complete;
    }

    public LineStatus ReadLine(string prompt, out string line)
    {
        _prompt = prompt;
        _line.Clear();
        _cursor = 0;
        _drawnCursor = 0;
        _history.StartBrowsing();
        var treatControlC = Console.TreatControlCAsInput;
        Console.TreatControlCAsInput = true;
        try
        {
            Console.Write(prompt);
            while (true)
            {
                var key = Console.ReadKey(intercept: true);
                var status = Handle(key);
                if (status != null)
                {
                    line = _line.ToString();
                    return status.Value;
                }
            }
        }
        finally
        {
            Console.TreatControlCAsInput = treatControlC;
        }
    }

    /// <summary>Applies one key; returns the outcome when the line is finished.</summary>
    private LineStatus? Handle(ConsoleKeyInfo key)
    {
        var control = (key.Modifiers & ConsoleModifiers.Control) != 0;
        if (key.Key != ConsoleKey.Tab)
        {
            _listedCompletions = false;
        }
        if (control)
        {
            switch (key.Key)
            {
                case ConsoleKey.C:
                    Console.Write("\n");
                    return LineStatus.Interrupted;
                case ConsoleKey.D when _line.Length == 0:
                    Console.Write("\n");
                    return LineStatus.EndOfFile;
                case ConsoleKey.D:
                    Delete();
                    return null;
                case ConsoleKey.A:
                    MoveTo(0);
                    return null;
                case ConsoleKey.E:
                    MoveTo(_line.Length);
                    return null;
                case ConsoleKey.B:
                    MoveTo(_cursor - 1);
                    return null;
                case ConsoleKey.F:
                    MoveTo(_cursor + 1);
                    return null;
                case ConsoleKey.K:
                    _line.Remove(_cursor, _line.Length - _cursor);
                    Redraw();
                    return null;
                case ConsoleKey.U:
                    _line.Remove(0, _cursor);
                    _cursor = 0;
                    Redraw();
                    return null;
                case ConsoleKey.W:
                    DeleteWordBefore();
                    return null;
                case ConsoleKey.L:
                    Console.Write("\x1b[H\x1b[2J" + _prompt);
                    _drawnCursor = 0;
                    Redraw();
                    return null;
                case ConsoleKey.P:
                    Recall(_history.Previous(_line.ToString()));
                    return null;
                case ConsoleKey.N:
                    Recall(_history.Next());
                    return null;
            }
        }
        switch (key.Key)
        {
            case ConsoleKey.Enter:
                MoveTo(_line.Length);
                Console.Write("\n");
                return LineStatus.Line;
            case ConsoleKey.Backspace:
                if (_cursor > 0)
                {
                    _cursor--;
                    _line.Remove(_cursor, 1);
                    Redraw();
                }
                return null;
            case ConsoleKey.Delete:
                Delete();
                return null;
            case ConsoleKey.LeftArrow:
                MoveTo(_cursor - 1);
                return null;
            case ConsoleKey.RightArrow:
                MoveTo(_cursor + 1);
                return null;
            case ConsoleKey.Home:
                MoveTo(0);
                return null;
            case ConsoleKey.End:
                MoveTo(_line.Length);
                return null;
            case ConsoleKey.UpArrow:
                Recall(_history.Previous(_line.ToString()));
                return null;
            case ConsoleKey.DownArrow:
                Recall(_history.Next());
                return null;
            case ConsoleKey.Tab:
                Complete();
                return null;
        }
        if (key.KeyChar >= ' ' && !control)
        {
            _line.Insert(_cursor, key.KeyChar);
            _cursor++;
            Redraw();
        }
        return null;
    }

    private void Delete()
    {
        if (_cursor < _line.Length)
        {
            _line.Remove(_cursor, 1);
            Redraw();
        }
    }

    private void DeleteWordBefore()
    {
        var start = _cursor;
        while (start > 0 && _line[start - 1] == ' ')
        {
            start--;
        }
        while (start > 0 && _line[start - 1] != ' ')
        {
            start--;
        }
        _line.Remove(start, _cursor - start);
        _cursor = start;
        Redraw();
    }

    private void Recall(string? text)
    {
        if (text == null)
        {
            return;
        }
        _line.Clear().Append(text);
        _cursor = _line.Length;
        Redraw();
    }

    private void MoveTo(int position)
    {
        _cursor = Math.Clamp(position, 0, _line.Length);
        Redraw();
    }

    /// <summary>
    /// Tab: at the start of a line (or after blanks) inserts four spaces, as an indent; otherwise completes the word
    /// before the cursor to the candidates' common prefix, and lists them when that adds nothing (at the second Tab).
    /// </summary>
    private void Complete()
    {
        var before = _line.ToString(0, _cursor);
        if (before.Trim().Length == 0)
        {
            Insert("    ");
            return;
        }
        var start = WordStart(before);
        var word = before[start..];
        var candidates = _complete(_line.ToString(), _cursor);
        if (candidates.Count == 0)
        {
            return;
        }
        var common = CommonPrefix(candidates);
        if (common.Length > word.Length)
        {
            _line.Remove(start, word.Length).Insert(start, common);
            _cursor = start + common.Length;
            Redraw();
            return;
        }
        if (!_listedCompletions)
        {
            _listedCompletions = true;
            return;
        }
        Console.Write("\n" + FormatColumns(candidates) + "\n" + _prompt);
        _drawnCursor = 0;
        Redraw();
    }

    private void Insert(string text)
    {
        _line.Insert(_cursor, text);
        _cursor += text.Length;
        Redraw();
    }

    /// <summary>The start of the dotted name before the cursor (what completion replaces).</summary>
    public static int WordStart(string before)
    {
        var start = before.Length;
        while (start > 0 && (char.IsLetterOrDigit(before[start - 1]) || before[start - 1] is '_' or '.'))
        {
            start--;
        }
        return start;
    }

    private static string CommonPrefix(IReadOnlyList<string> items)
    {
        var prefix = items[0];
        foreach (var item in items.Skip(1))
        {
            var n = 0;
            while (n < prefix.Length && n < item.Length && prefix[n] == item[n])
            {
                n++;
            }
            prefix = prefix[..n];
        }
        return prefix;
    }

    private static string FormatColumns(IReadOnlyList<string> items)
    {
        var width = items.Max(i => i.Length) + 2;
        var columns = Math.Max(1, TerminalWidth() / width);
        var sb = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            sb.Append(items[i].PadRight(width));
            if ((i + 1) % columns == 0 && i + 1 < items.Count)
            {
                sb.Append('\n');
            }
        }
        return sb.ToString().TrimEnd();
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (System.IO.IOException)
        {
            return 80;
        }
    }

    /// <summary>
    /// Rewrites the visible part of the line after the prompt and puts the cursor in place. The prompt itself is not
    /// redrawn, so output that ended without a newline before it stays on screen, as with readline.
    /// </summary>
    private void Redraw()
    {
        var room = Math.Max(10, TerminalWidth() - _prompt.Length - 1);
        var offset = _cursor < room ? 0 : _cursor - room + 1;
        var visible = _line.ToString(offset, Math.Min(room, _line.Length - offset));
        var sb = new StringBuilder();
        if (_drawnCursor > 0)
        {
            sb.Append("\x1b[").Append(_drawnCursor).Append('D');
        }
        sb.Append(visible).Append("\x1b[K");
        _drawnCursor = _cursor - offset;
        var back = visible.Length - _drawnCursor;
        if (back > 0)
        {
            sb.Append("\x1b[").Append(back).Append('D');
        }
        Console.Write(sb.ToString());
    }
}
