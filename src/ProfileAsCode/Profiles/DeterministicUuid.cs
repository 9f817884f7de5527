using System.Security.Cryptography;
using System.Text;

namespace ProfileAsCode.Profiles;

/// <summary>
/// Name-based UUIDs (version 5, RFC 9562 §5.5: SHA-1 over namespace and name). The same identifier
/// gives the same PayloadUUID on every machine and in every build, so an MDM sees an update of the
/// profile it already has, never a new one.
/// </summary>
public static class DeterministicUuid
{
    /// <summary>
    /// The ProfileAsCode namespace, generated once (random, version 4) and fixed forever: changing it
    /// would change every PayloadUUID every user has ever deployed. Documented in docs/profiles.md.
    /// </summary>
    public static readonly Guid Namespace = new("1058E48B-165A-4A28-AB00-9F3A214D9724");

    /// <summary>The UUIDv5 of <paramref name="name"/> (UTF-8) in <see cref="Namespace"/>, upper case like <c>uuidgen</c>.</summary>
    public static string ForName(string name) => Create(Namespace, name);

    /// <summary>The UUIDv5 of <paramref name="name"/> (UTF-8) in <paramref name="namespaceId"/>, upper case.</summary>
    public static string Create(Guid namespaceId, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);

        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
        SHA1.HashData(input, hash);
        var uuid = hash[..16];
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50);
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);
        return new Guid(uuid, bigEndian: true).ToString("D").ToUpperInvariant();
    }
}
