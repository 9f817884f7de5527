using ProfileAsCode.Rules.JamfConnect;

namespace ProfileAsCode.JamfConnect;

/// <summary><c>Certificate</c> of <c>com.jamf.connect</c>: certificates from a Windows certificate authority. (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
public sealed record MenuBarCertificate
{
    /// <summary><c>WindowsCA</c> (string): the Windows CA server.</summary>
    [PayloadKey(JamfConnectKeys.Certificate.WindowsCa)]
    public string? WindowsCa { get; init; }

    /// <summary><c>CertificateTemplate</c> (string): the template to request.</summary>
    [PayloadKey(JamfConnectKeys.Certificate.CertificateTemplate)]
    public string? CertificateTemplate { get; init; }

    /// <summary><c>GetCertificateAutomatically</c> (boolean): request a certificate without asking.</summary>
    [PayloadKey(JamfConnectKeys.Certificate.GetCertificateAutomatically)]
    public bool? GetCertificateAutomatically { get; init; }

    /// <summary><c>SecureNetworks</c> (array of strings): networks on which certificates are requested.</summary>
    [PayloadKey(JamfConnectKeys.Certificate.SecureNetworks)]
    public IReadOnlyList<string>? SecureNetworks { get; init; }

    /// <summary><c>ExportableCertificateKey</c> (boolean): let the private key be exported.</summary>
    [PayloadKey(JamfConnectKeys.Certificate.ExportableCertificateKey)]
    public bool? ExportableCertificateKey { get; init; }
}
