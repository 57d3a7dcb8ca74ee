// Owning pointers for OpenSSL objects, so every early return frees what it made.
#pragma once

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace acmedesk::ossl {

template <typename T, void (*F)(T *)> struct Deleter
{
    void operator()(T *p) const { F(p); }
};

inline void freeBio(BIO *b)
{
    BIO_free_all(b);
}
// The free functions of OpenSSL's stacks are macros: these are functions a Deleter can take.
inline void freeGeneralNames(GENERAL_NAMES *g)
{
    GENERAL_NAMES_free(g);
}
inline void freeBorrowedX509Stack(STACK_OF(X509) * s)
{
    sk_X509_free(s); // the certificates themselves belong to someone else
}
inline void freeOwnedX509Stack(STACK_OF(X509) * s)
{
    sk_X509_pop_free(s, X509_free);
}
inline void freeExtensionStack(STACK_OF(X509_EXTENSION) * s)
{
    sk_X509_EXTENSION_pop_free(s, X509_EXTENSION_free);
}

using BioPtr = std::unique_ptr<BIO, Deleter<BIO, freeBio>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using X509ReqPtr = std::unique_ptr<X509_REQ, Deleter<X509_REQ, X509_REQ_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, Deleter<X509_NAME, X509_NAME_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using X509StoreCtxPtr =
    std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, Deleter<PKCS12, PKCS12_free>>;
using GenNamesPtr = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES, freeGeneralNames>>;
// A stack whose certificates are not freed with it (they are owned elsewhere) ...
using BorrowedX509StackPtr =
    std::unique_ptr<STACK_OF(X509), Deleter<STACK_OF(X509), freeBorrowedX509Stack>>;
// ... and one that frees them.
using OwnedX509StackPtr =
    std::unique_ptr<STACK_OF(X509), Deleter<STACK_OF(X509), freeOwnedX509Stack>>;
using ExtStackPtr = std::unique_ptr<STACK_OF(X509_EXTENSION),
                                    Deleter<STACK_OF(X509_EXTENSION), freeExtensionStack>>;

} // namespace acmedesk::ossl
