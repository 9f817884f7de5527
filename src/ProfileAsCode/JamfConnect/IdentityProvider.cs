namespace ProfileAsCode.JamfConnect;

/// <summary>
/// The identity provider Jamf Connect signs in against: login window <c>OIDCProvider</c> and menu bar
/// <c>IdPSettings</c> → <c>Provider</c>. Each member writes Jamf's exact string. [LJ-LWAUTH], [LJ-MB], [KD]
/// </summary>
public enum IdentityProvider
{
    /// <summary><c>EntraID</c>: Microsoft Entra ID, the current name. [LJ-LWAUTH]</summary>
    [PayloadValue("EntraID")]
    EntraId,

    /// <summary><c>Azure</c>: the older name for Entra ID, still in Jamf's examples and 2.x schema.
    /// UNCERTAIN whether every current version still accepts it (reference §6.3). [LJ-LWAUTH], [KD]</summary>
    [PayloadValue("Azure")]
    Azure,

    /// <summary><c>Okta</c>: Okta Classic through the Okta Authentication API (needs <c>AuthServer</c>). [LJ-LWAUTH]</summary>
    [PayloadValue("Okta")]
    Okta,

    /// <summary><c>OktaIdentityEngine</c>: scopes are separated by spaces, not <c>+</c>. [LJ-LWAUTH], [LJ-ROLES]</summary>
    [PayloadValue("OktaIdentityEngine")]
    OktaIdentityEngine,

    /// <summary><c>Okta-OIDC</c>. The menu bar page spells it <c>Okta OIDC</c>; which spelling the menu bar
    /// reads is UNCERTAIN (reference §6.4). [LJ-LWAUTH], [LJ-MB]</summary>
    [PayloadValue("Okta-OIDC")]
    OktaOidc,

    /// <summary><c>GoogleID</c>: Google Identity (no menu bar support). [LJ-LWAUTH]</summary>
    [PayloadValue("GoogleID")]
    GoogleId,

    /// <summary><c>OneLogin</c>. [LJ-LWAUTH]</summary>
    [PayloadValue("OneLogin")]
    OneLogin,

    /// <summary><c>PingFederate</c>: needs a discovery URL. [LJ-LWAUTH]</summary>
    [PayloadValue("PingFederate")]
    PingFederate,

    /// <summary><c>IBMCI</c>: IBM Cloud Identity. [LJ-LWAUTH]</summary>
    [PayloadValue("IBMCI")]
    IbmCi,

    /// <summary><c>Custom</c>: any other OpenID Connect provider; needs a discovery URL. [LJ-LWAUTH]</summary>
    [PayloadValue("Custom")]
    Custom,
}
