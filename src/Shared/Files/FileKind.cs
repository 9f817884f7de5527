using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ProfileAsCode.Files;

/// <summary>What a path names, as far as reading and replacing it is concerned.</summary>
internal enum FileKind
{
    /// <summary>Nothing is there.</summary>
    Missing,

    /// <summary>A regular file (a symbolic link to one counts as one).</summary>
    RegularFile,

    Directory,

    /// <summary>A named pipe: opening it for reading waits for a writer, possibly for ever.</summary>
    Fifo,

    /// <summary>A character device such as /dev/null, /dev/zero or a terminal.</summary>
    CharacterDevice,

    BlockDevice,

    Socket,

    /// <summary>The type could not be found out; callers go ahead and let the open or read fail.</summary>
    Unknown,
}

/// <summary>
/// The type of a file system entry, following symbolic links (<c>stat</c>/<c>fstat</c>). .NET has no
/// public API for it on Unix (<see cref="FileAttributes"/> says nothing of pipes and devices), so this
/// asks the runtime's own native layer, libSystem.Native, the library behind .NET's FileStatus: its
/// <c>FileStatus</c> has begun with <c>int32 Flags, int32 Mode</c> since .NET Core 1.0, and its mode
/// uses the POSIX <c>S_IFMT</c> values. Should the export ever be missing, the answer is
/// <see cref="FileKind.Unknown"/> and callers fall back to plain opens (which bound /dev/zero by size
/// but would wait on a FIFO). On Windows, FileStream already refuses devices and pipes.
/// </summary>
internal static class FileKinds
{
    private const int TypeMask = 0xF000;

    public static FileKind Of(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                return SystemNative.Stat(path, out var status) == 0 ? FromMode(status.Mode)
                    : File.Exists(path) || Directory.Exists(path) ? FileKind.Unknown
                    : FileKind.Missing;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                return FileKind.Unknown;
            }
        }

        return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.RegularFile : FileKind.Missing;
    }

    /// <summary>The type of an open file, so a check made by path cannot be outrun by a swap of the path.</summary>
    public static FileKind Of(SafeFileHandle handle)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                return SystemNative.FStat(handle, out var status) == 0 ? FromMode(status.Mode) : FileKind.Unknown;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                return FileKind.Unknown;
            }
        }

        return FileKind.RegularFile;
    }

    /// <summary>The kind in words, for messages: "a folder", "a named pipe (FIFO)", …</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Missing => "missing",
        FileKind.RegularFile => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "of an unknown type",
    };

    private static FileKind FromMode(int mode) => (mode & TypeMask) switch
    {
        0x8000 => FileKind.RegularFile,
        0x4000 => FileKind.Directory,
        0x1000 => FileKind.Fifo,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        _ => FileKind.Unknown,
    };

    private static class SystemNative
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
        public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_FStat", SetLastError = true)]
        public static extern int FStat(SafeFileHandle handle, out FileStatus status);
    }

    /// <summary>The head of libSystem.Native's FileStatus; <c>Size</c> leaves room for the fields after Mode, which are not read.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }
}
