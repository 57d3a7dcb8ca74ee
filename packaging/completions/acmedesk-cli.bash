# bash completion for acmedesk-cli. Every command and option must appear here
# (tests/unit/tst_clidocs.cpp checks it against the real --help output).

_acmedesk_cli()
{
    local cur prev words cword
    _init_completion || return

    local -A opts=(
        [account add]="--name --server --eab-kid --eab-hmac-key --eab-hmac-key-file --eab-alg --email --key-type --ca-bundle --agree-tos --keep-hmac --local-test-ca --from-scm --help"
        [account list]="--json --help"
        [account show]="--json --help"
        [account deactivate]="--help"
        [account rollover]="--key-type --help"
        [account remove]="--force --help"
        [account export]="--format --include-hmac --out --help"
        [account profiles]="--json --help"
        [issue]="--account --domain -d --key-type --reuse-key --challenge --http-address --http-port --webroot --dns-hook --preferred-chain --out --pfx --pfx-password-file --pfx-legacy --deploy-hook --hook-timeout --deadline-hours --profile --help"
        [orders list]="--json --all --help"
        [orders resume]="--out --help"
        [orders forget]="--help"
        [certs list]="--json --expiring-within --help"
        [certs import]="--password-file --help"
        [certs probe]="--sni --help"
        [certs export-ics]="--help"
        [certs revoke]="--reason --yes --help"
        [scm connect]="--url --customer-uri --login --password-file --ca-bundle --help"
        [scm accounts]="--json --help"
        [domains sync]="--help"
        [domains list]="--json --help"
        [domains dcv start]="--method --connection --help"
        [domains dcv submit]="--method --email --connection --help"
        [domains dcv status]="--json --connection --help"
        [domains add]="--organization --department --delegation-status --cert-types --dcv-method --dcv-status --validated-on --dcv-expires --help"
        [domains edit]="--organization --department --delegation-status --cert-types --dcv-method --dcv-status --validated-on --dcv-expires --help"
        [domains remove]="--help"
        [domains import]="--help"
        [domains export]="--help"
        [renew]="--all --cert --dry-run --force --json --set-policy --install-timer --remove-timer --help"
        [doctor]="--fix --help"
    )
    local groups="account issue renew orders certs scm domains doctor"
    local -A subcommands=(
        [account]="add list show deactivate rollover remove export profiles"
        [orders]="list resume forget"
        [certs]="list import probe export-ics revoke"
        [scm]="connect accounts"
        [domains]="sync list dcv add edit remove import export"
        [domains dcv]="start submit status"
    )

    # The command: the first one to three words that are not options (or --data-dir's value).
    local i command="" skip=0
    for ((i = 1; i < cword; i++)); do
        if ((skip)); then
            skip=0
            continue
        fi
        case ${words[i]} in
            --data-dir) skip=1 ;;
            -*) ;;
            *)
                if [[ -z $command ]]; then
                    command=${words[i]}
                elif [[ -n ${subcommands[$command]} ]]; then
                    command="$command ${words[i]}"
                fi
                ;;
        esac
    done

    if [[ $command == "account export" && $prev == --out ]]; then
        _filedir # a file there, not a folder
        return
    fi
    if [[ $command == "certs import" && $cur != -* && $prev != --password-file ]]; then
        _filedir # files and folders
        return
    fi
    if [[ $command == "certs export-ics" && $cur != -* ]]; then
        _filedir ics
        return
    fi
    if [[ ($command == "domains import" || $command == "domains export") && $cur != -* ]]; then
        _filedir csv
        return
    fi
    case $prev in
        --format)
            COMPREPLY=($(compgen -W "cert-manager cert-manager-cluster certbot lego acme.sh caddy win-acme" -- "$cur"))
            return
            ;;
        --data-dir | --out | --webroot)
            _filedir -d
            return
            ;;
        --eab-hmac-key-file | --pfx-password-file | --password-file | --ca-bundle)
            _filedir
            return
            ;;
        --key-type)
            COMPREPLY=($(compgen -W "ec-p256 ec-p384 rsa-2048 rsa-3072 rsa-4096" -- "$cur"))
            return
            ;;
        --eab-alg)
            COMPREPLY=($(compgen -W "HS256 HS384 HS512" -- "$cur"))
            return
            ;;
        --challenge)
            COMPREPLY=($(compgen -W "auto http-01 dns-01" -- "$cur"))
            return
            ;;
        --method)
            COMPREPLY=($(compgen -W "cname http https txt email" -- "$cur"))
            return
            ;;
        --delegation-status)
            COMPREPLY=($(compgen -W "approved requested" -- "$cur"))
            return
            ;;
        --dcv-method)
            COMPREPLY=($(compgen -W "email cname http https txt auto" -- "$cur"))
            return
            ;;
        --set-policy)
            COMPREPLY=($(compgen -W "default off 30d 14d 1/3 1/2 33%" -- "$cur"))
            return
            ;;
        --reason)
            COMPREPLY=($(compgen -W "unspecified key-compromise affiliation-changed superseded cessation-of-operation" -- "$cur"))
            return
            ;;
        --dcv-status)
            COMPREPLY=($(compgen -W "validated not-validated awaiting-submission submitted expired failed" -- "$cur"))
            return
            ;;
        --name | --server | --eab-kid | --eab-hmac-key | --email | --account | --domain | -d | \
            --url | --customer-uri | --login | --from-scm | --connection | \
            --http-address | --http-port | --dns-hook | --preferred-chain | --pfx | \
            --deploy-hook | --hook-timeout | --deadline-hours | --profile | \
            --organization | --department | --cert-types | --validated-on | --dcv-expires | \
            --expiring-within | --sni | --cert)
            return
            ;;
    esac

    if [[ -z $command ]]; then
        COMPREPLY=($(compgen -W "$groups --data-dir --help --version" -- "$cur"))
    elif [[ -n ${subcommands[$command]} ]]; then
        COMPREPLY=($(compgen -W "${subcommands[$command]} --help" -- "$cur"))
    elif [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "${opts[$command]}" -- "$cur"))
    fi
}
complete -F _acmedesk_cli acmedesk-cli
