using System;
using System.IO;

namespace PyNet.Runtime;

/// <summary>
/// <c>open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)</c>:
/// CPython's mode checks, then a <see cref="PyBinaryFile"/> over a FileStream, wrapped in a text file unless 'b'.
/// </summary>
public static partial class Builtins
{
    private static readonly string[] s_openNames = { "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener" };

    private static object? Open(object?[] args, PyStr[]? kw)
    {
        var a = MethodArguments.Keywords("open", args, kw, s_openNames, 1, 8, skip: 0);
        var mode = OpenString(a[1], "mode", false) ?? "r";
        var encoding = OpenString(a[3], "encoding", true);
        var errors = OpenString(a[4], "errors", true);
        var newline = OpenString(a[5], "newline", true);
        bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        for (var i = 0; i < mode.Length; i++)
        {
            var c = mode[i];
            switch (c)
            {
                case 'x': creating = true; break;
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                case 'b': binary = true; break;
                default: throw new PyException(PyErrors.InvalidFileMode(mode));
            }
            if (mode.IndexOf(c, i + 1) >= 0)
            {
                throw new PyException(PyErrors.InvalidFileMode(mode));
            }
        }
        if (text && binary)
        {
            throw new PyException(PyErrors.FileModeTextAndBinary());
        }
        var kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1)
        {
            throw new PyException(PyErrors.FileModeNeedsOne());
        }
        if (binary && (encoding != null || errors != null || newline != null))
        {
            throw new PyException(PyErrors.BinaryModeTakes(encoding != null ? "encoding" : errors != null ? "errors" : "newline"));
        }
        if (kinds == 0)
        {
            throw new PyException(PyErrors.ValueError("Must have exactly one of create/read/write/append mode and at most one plus"));
        }
        if (newline is not (null or "" or "\n" or "\r" or "\r\n"))
        {
            throw new PyException(PyErrors.IllegalNewline(newline));
        }
        encoding ??= "utf-8";
        if (!binary)
        {
            Codecs.CheckEncoding(encoding);
        }
        var fileArg = a[0];
        var path = PosixModule.Path(fileArg, "open");
        var name = fileArg is PyStr or PyBytes ? fileArg : PosixModule.FsPath(fileArg);
        var readable = reading || updating;
        var writable = !reading || updating;
        var fileMode = creating ? FileMode.CreateNew : reading ? FileMode.Open : writing ? FileMode.Create : FileMode.OpenOrCreate;
        var access = readable && writable ? FileAccess.ReadWrite : writable ? FileAccess.Write : FileAccess.Read;
        var stream = OpenStream(path, fileMode, access, name);
        if (appending)
        {
            stream.Seek(0, SeekOrigin.End);
        }
        // FileIO's mode string, which the buffered object reports: 'w+' becomes 'rb+' there.
        var rawMode = (creating ? "x" : appending ? "a" : readable ? "r" : "w") + "b" + (updating ? "+" : "");
        var raw = new PyBinaryFile(stream, name, rawMode, readable, writable, appending);
        return binary ? raw : new PyTextFile(raw, mode, encoding, errors ?? "strict", newline);
    }

    private static string? OpenString(object? value, string name, bool noneAllowed)
    {
        if (!MethodArguments.IsGiven(value) || (value == null && noneAllowed))
        {
            return null;
        }
        return value is PyStr s ? s.Value : throw new PyException(PyErrors.NamedArgumentMustBe("open", name, noneAllowed ? "str or None" : "str", value));
    }

    /// <summary>A FileStream, or the OSError subclass CPython raises, with errno, strerror and the file name.</summary>
    private static FileStream OpenStream(string path, FileMode mode, FileAccess access, object? name)
    {
        if (Directory.Exists(path))
        {
            throw new PyException(PyErrors.OSErrorFromErrno(21, "Is a directory", name));
        }
        try
        {
            return new FileStream(path, mode, access, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new PyException(PyErrors.OSErrorFromErrno(2, "No such file or directory", name));
        }
        catch (UnauthorizedAccessException)
        {
            throw new PyException(PyErrors.OSErrorFromErrno(13, "Permission denied", name));
        }
        catch (IOException) when (mode == FileMode.CreateNew && File.Exists(path))
        {
            throw new PyException(PyErrors.OSErrorFromErrno(17, "File exists", name));
        }
        catch (IOException e)
        {
            throw new PyException(PyErrors.New(PyExc.OSError, e.Message));
        }
    }
}
