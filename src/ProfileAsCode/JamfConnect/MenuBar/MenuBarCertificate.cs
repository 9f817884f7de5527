namespace ProfileAsCode.JamfConnect;

/// <summary><c>Certificate</c> of <c>com.jamf.connect</c>: certificates from a Windows certificate authority. [KD]</summary>
public sealed record MenuBarCertificate
{
    /// <summary><c>WindowsCA</c> (string): the Windows CA server.</summary>
    [PayloadKey("WindowsCA")]
    public string? WindowsCa { get; init; }

    /// <summary><c>CertificateTemplate</c> (string): the template to request.</summary>
    [PayloadKey("CertificateTemplate")]
    public string? CertificateTemplate { get; init; }

    /// <summary><c>GetCertificateAutomatically</c> (boolean): request a certificate without asking.</summary>
    [PayloadKey("GetCertificateAutomatically")]
    public bool? GetCertificateAutomatically { get; init; }

    /// <summary><c>SecureNetworks</c> (array of strings): networks on which certificates are requested.</summary>
    [PayloadKey("SecureNetworks")]
    public IReadOnlyList<string>? SecureNetworks { get; init; }

    /// <summary><c>ExportableCertificateKey</c> (boolean): let the private key be exported.</summary>
    [PayloadKey("ExportableCertificateKey")]
    public bool? ExportableCertificateKey { get; init; }
}
