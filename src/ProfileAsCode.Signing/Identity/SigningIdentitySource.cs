namespace ProfileAsCode.Signing.Identity;

/// <summary>Where a signing identity comes from.</summary>
/// <param name="CertificatePath">A PKCS#12 file (.p12/.pfx) or a PEM file with the signer's certificate (and possibly its key and chain).</param>
/// <param name="KeyPath">A PEM private key (PKCS#8, encrypted PKCS#8, PKCS#1 RSA or SEC1 EC), when it is not in <paramref name="CertificatePath"/>.</param>
/// <param name="PasswordVariable">
/// The NAME of the environment variable that holds the password for the PKCS#12 file or the encrypted key.
/// Only the name travels through project files and logs; the value is read at load time.
/// </param>
/// <param name="ChainPaths">PEM bundles with intermediate (and root) certificates.</param>
public sealed record SigningIdentitySource(
    string CertificatePath,
    string? KeyPath = null,
    string? PasswordVariable = null,
    IReadOnlyList<string>? ChainPaths = null);
