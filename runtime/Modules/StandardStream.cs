using System;
using System.IO;
using System.Runtime.InteropServices;

namespace PyNet.Runtime;

/// <summary>
/// A standard descriptor (0, 1 or 2) on Unix, read and written with the system calls themselves. Console's streams
/// and a FileStream over the descriptor each cost milliseconds to set up at every start (Console's terminal
/// machinery, FileStream's strategies and checks: docs/design.md, "Start-up and memory"). A write goes to the
/// descriptor's own offset, so a file the shell opened for appending is appended to; a write to a closed pipe fails
/// with an IOException (EPIPE) where Console's stream drops it silently, so the program sees BrokenPipeError as in
/// CPython.
/// </summary>
internal sealed partial class StandardStream : Stream
{
    private const int EINTR = 4;

    /// <summary>A descriptor left non-blocking by another process that shares it: wait and retry, as Console does.</summary>
    private static readonly int s_eagain = OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() ? 35 : 11;

    private readonly int _fd;

    public StandardStream(int fd) => _fd = fd;

    /// <summary>Whether the descriptor is a terminal (Console.IsOutputRedirected, without Console).</summary>
    public static bool IsTerminal(int fd) => isatty(fd) == 1;

    public override bool CanRead => _fd == 0;

    public override bool CanSeek => false;

    public override bool CanWrite => _fd != 0;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override unsafe int Read(Span<byte> buffer)
    {
        fixed (byte* p = buffer)
        {
            while (true)
            {
                var n = read(_fd, p, buffer.Length);
                if (n >= 0)
                {
                    return (int)n;
                }
                var errno = Marshal.GetLastPInvokeError();
                if (errno == s_eagain)
                {
                    System.Threading.Thread.Sleep(1);
                }
                else if (errno != EINTR)
                {
                    throw new IOException("read failed", errno);
                }
            }
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override unsafe void Write(ReadOnlySpan<byte> buffer)
    {
        fixed (byte* start = buffer)
        {
            var p = start;
            nint left = buffer.Length;
            while (left > 0)
            {
                var n = write(_fd, p, left);
                if (n >= 0)
                {
                    p += n;
                    left -= n;
                    continue;
                }
                var errno = Marshal.GetLastPInvokeError();
                if (errno == s_eagain)
                {
                    System.Threading.Thread.Sleep(1);
                }
                else if (errno != EINTR)
                {
                    throw new IOException("write failed", errno);
                }
            }
        }
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    [LibraryImport("libc", SetLastError = true)]
    private static unsafe partial nint read(int fd, byte* buffer, nint count);

    [LibraryImport("libc", SetLastError = true)]
    private static unsafe partial nint write(int fd, byte* buffer, nint count);

    [LibraryImport("libc")]
    private static partial int isatty(int fd);
}
