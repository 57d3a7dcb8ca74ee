# One place for the strict settings every AcmeDesk target gets.
function(acmedesk_apply_settings target)
    target_compile_features(${target} PUBLIC cxx_std_20)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        OPENSSL_API_COMPAT=30000
        OPENSSL_NO_DEPRECATED)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive-)
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Werror=switch
                                                 -Wnon-virtual-dtor -Wno-missing-field-initializers)
        # GCC's -Wshadow=local; clang (the fuzz preset) calls it -Wshadow-uncaptured-local.
        if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
            target_compile_options(${target} PRIVATE -Wshadow-uncaptured-local)
        else()
            target_compile_options(${target} PRIVATE -Wshadow=local)
        endif()
        if(ACMEDESK_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()
