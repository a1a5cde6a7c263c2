using System;
using System.Collections.Generic;
using System.IO;

namespace PyNet.Cli.Repl;

/// <summary>
/// The REPL's line history, kept between runs in ~/.pynet_history (one line per entry, the last
/// <see cref="MaxEntries"/> kept, as readline's history file). Each entered line is appended to the file at once, so
/// a REPL that ends abruptly keeps its history. Browsing keeps the line being typed, as readline does.
/// </summary>
internal sealed class History
{
    public const int MaxEntries = 1000;

    private readonly List<string> _entries = new();
    private readonly string? _path;
    private int _position;
    private string _pending = string.Empty;

    public History(string? path)
    {
        _path = path;
        if (path == null)
        {
            return;
        }
        try
        {
            if (File.Exists(path))
            {
                var lines = File.ReadAllLines(path);
                _entries.AddRange(lines.Length > MaxEntries ? lines[^MaxEntries..] : lines);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable history file means an empty history, as readline treats it.
        }
    }

    /// <summary>~/.pynet_history (under the user's home: $HOME, or the profile folder on Windows).</summary>
    public static string? DefaultPath()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".pynet_history");
    }

    public void StartBrowsing()
    {
        _position = _entries.Count;
        _pending = string.Empty;
    }

    /// <summary>The entry before the one shown (Up), or null at the oldest.</summary>
    public string? Previous(string current)
    {
        if (_position == 0)
        {
            return null;
        }
        if (_position == _entries.Count)
        {
            _pending = current;
        }
        return _entries[--_position];
    }

    /// <summary>The entry after the one shown (Down); past the newest, the line that was being typed.</summary>
    public string? Next()
    {
        if (_position >= _entries.Count)
        {
            return null;
        }
        _position++;
        return _position == _entries.Count ? _pending : _entries[_position];
    }

    /// <summary>Records an entered line (not blank ones, nor a repeat of the last).</summary>
    public void Add(string line)
    {
        if (line.Trim().Length == 0 || (_entries.Count > 0 && _entries[^1] == line))
        {
            return;
        }
        _entries.Add(line);
        if (_path == null)
        {
            return;
        }
        try
        {
            File.AppendAllText(_path, line + "\n");
            if (_entries.Count > MaxEntries * 2)
            {
                _entries.RemoveRange(0, _entries.Count - MaxEntries);
                File.WriteAllLines(_path, _entries);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // History that cannot be saved is still kept for this session.
        }
    }
}
