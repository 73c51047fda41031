from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.slurmdb_purge_units import SlurmdbPurgeUnits


T = TypeVar("T", bound="SlurmdbdConf")


@_attrs_define
class SlurmdbdConf:
    """
    Attributes:
        archive_dir (Union[Unset, str]): location to locally store data if not using a script
        archive_script (Union[Unset, str]): script to archive old data
        commit_delay (Union[Unset, int]): on busy systems, delay commits from slurmctld this many seconds
        dbd_addr (Union[Unset, str]): network address of Slurm DBD
        dbd_backup_host (Union[Unset, str]): hostname of Slurm DBD backup
        dbd_host (Union[Unset, str]): hostname of Slurm DBD
        dbd_port (Union[Unset, int]): port number for RPCs to DBD
        debug_level (Union[Unset, str]): debug level, default=3
        default_qos (Union[Unset, str]): default qos setting when adding clusters
        flags (Union[Unset, list[str]]): various flags, see DBD_CONF_FLAG_*
        log_file (Union[Unset, str]): fully qualified pathname of the slurmdbd log file (default unset; logs go to
            syslog)
        max_purge_limit (Union[Unset, int]): max number of records that are purged in a single query so that locks can
            be periodically released
        max_query_time_range (Union[Unset, str]): max time range for user queries (Time formatted as HH:MM:SS or
            D-HH:MM:SS)
        parameters (Union[Unset, list[str]]):
        persist_conn_flags (Union[Unset, list[str]]): flags to be sent back on any persist connection init
        pid_file (Union[Unset, str]): where to store current PID
        purge_event_after (Union[Unset, SlurmdbPurgeUnits]):
        purge_job_after (Union[Unset, SlurmdbPurgeUnits]):
        purge_resv_after (Union[Unset, SlurmdbPurgeUnits]):
        purge_step_after (Union[Unset, SlurmdbPurgeUnits]):
        purge_suspend_after (Union[Unset, SlurmdbPurgeUnits]):
        purge_txn_after (Union[Unset, SlurmdbPurgeUnits]):
        purge_usage_after (Union[Unset, SlurmdbPurgeUnits]):
        purge_job_script_after (Union[Unset, SlurmdbPurgeUnits]):
        purge_job_env_after (Union[Unset, SlurmdbPurgeUnits]):
        storage_loc (Union[Unset, str]): name of the database where accounting records are written (default
            slurm_acct_db)
        storage_pass_script (Union[Unset, str]): path to executable script that emits ephemeral DB authentication tokens
            used in place of StoragePass
        storage_user (Union[Unset, str]): username used to connect to the accounting database (defaults to the user
            running slurmdbd)
        debug_level_syslog (Union[Unset, str]): output to both log file and syslog
        track_wc_key (Union[Unset, bool]): whether or not to track WCKey
        track_slurmctld_down (Union[Unset, bool]): whether or not to track when a slurmctld goes down
    """

    archive_dir: Union[Unset, str] = UNSET
    archive_script: Union[Unset, str] = UNSET
    commit_delay: Union[Unset, int] = UNSET
    dbd_addr: Union[Unset, str] = UNSET
    dbd_backup_host: Union[Unset, str] = UNSET
    dbd_host: Union[Unset, str] = UNSET
    dbd_port: Union[Unset, int] = UNSET
    debug_level: Union[Unset, str] = UNSET
    default_qos: Union[Unset, str] = UNSET
    flags: Union[Unset, list[str]] = UNSET
    log_file: Union[Unset, str] = UNSET
    max_purge_limit: Union[Unset, int] = UNSET
    max_query_time_range: Union[Unset, str] = UNSET
    parameters: Union[Unset, list[str]] = UNSET
    persist_conn_flags: Union[Unset, list[str]] = UNSET
    pid_file: Union[Unset, str] = UNSET
    purge_event_after: Union[Unset, "SlurmdbPurgeUnits"] = UNSET
    purge_job_after: Union[Unset, "SlurmdbPurgeUnits"] = UNSET
    purge_resv_after: Union[Unset, "SlurmdbPurgeUnits"] = UNSET
    purge_step_after: Union[Unset, "SlurmdbPurgeUnits"] = UNSET
    purge_suspend_after: Union[Unset, "SlurmdbPurgeUnits"] = UNSET
    purge_txn_after: Union[Unset, "SlurmdbPurgeUnits"] = UNSET
    purge_usage_after: Union[Unset, "SlurmdbPurgeUnits"] = UNSET
    purge_job_script_after: Union[Unset, "SlurmdbPurgeUnits"] = UNSET
    purge_job_env_after: Union[Unset, "SlurmdbPurgeUnits"] = UNSET
    storage_loc: Union[Unset, str] = UNSET
    storage_pass_script: Union[Unset, str] = UNSET
    storage_user: Union[Unset, str] = UNSET
    debug_level_syslog: Union[Unset, str] = UNSET
    track_wc_key: Union[Unset, bool] = UNSET
    track_slurmctld_down: Union[Unset, bool] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archive_dir = self.archive_dir

        archive_script = self.archive_script

        commit_delay = self.commit_delay

        dbd_addr = self.dbd_addr

        dbd_backup_host = self.dbd_backup_host

        dbd_host = self.dbd_host

        dbd_port = self.dbd_port

        debug_level = self.debug_level

        default_qos = self.default_qos

        flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags

        log_file = self.log_file

        max_purge_limit = self.max_purge_limit

        max_query_time_range = self.max_query_time_range

        parameters: Union[Unset, list[str]] = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters

        persist_conn_flags: Union[Unset, list[str]] = UNSET
        if not isinstance(self.persist_conn_flags, Unset):
            persist_conn_flags = self.persist_conn_flags

        pid_file = self.pid_file

        purge_event_after: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.purge_event_after, Unset):
            purge_event_after = self.purge_event_after.to_dict()

        purge_job_after: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.purge_job_after, Unset):
            purge_job_after = self.purge_job_after.to_dict()

        purge_resv_after: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.purge_resv_after, Unset):
            purge_resv_after = self.purge_resv_after.to_dict()

        purge_step_after: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.purge_step_after, Unset):
            purge_step_after = self.purge_step_after.to_dict()

        purge_suspend_after: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.purge_suspend_after, Unset):
            purge_suspend_after = self.purge_suspend_after.to_dict()

        purge_txn_after: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.purge_txn_after, Unset):
            purge_txn_after = self.purge_txn_after.to_dict()

        purge_usage_after: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.purge_usage_after, Unset):
            purge_usage_after = self.purge_usage_after.to_dict()

        purge_job_script_after: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.purge_job_script_after, Unset):
            purge_job_script_after = self.purge_job_script_after.to_dict()

        purge_job_env_after: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.purge_job_env_after, Unset):
            purge_job_env_after = self.purge_job_env_after.to_dict()

        storage_loc = self.storage_loc

        storage_pass_script = self.storage_pass_script

        storage_user = self.storage_user

        debug_level_syslog = self.debug_level_syslog

        track_wc_key = self.track_wc_key

        track_slurmctld_down = self.track_slurmctld_down

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if archive_dir is not UNSET:
            field_dict["ArchiveDir"] = archive_dir
        if archive_script is not UNSET:
            field_dict["ArchiveScript"] = archive_script
        if commit_delay is not UNSET:
            field_dict["CommitDelay"] = commit_delay
        if dbd_addr is not UNSET:
            field_dict["DbdAddr"] = dbd_addr
        if dbd_backup_host is not UNSET:
            field_dict["DbdBackupHost"] = dbd_backup_host
        if dbd_host is not UNSET:
            field_dict["DbdHost"] = dbd_host
        if dbd_port is not UNSET:
            field_dict["DbdPort"] = dbd_port
        if debug_level is not UNSET:
            field_dict["DebugLevel"] = debug_level
        if default_qos is not UNSET:
            field_dict["DefaultQOS"] = default_qos
        if flags is not UNSET:
            field_dict["Flags"] = flags
        if log_file is not UNSET:
            field_dict["LogFile"] = log_file
        if max_purge_limit is not UNSET:
            field_dict["MaxPurgeLimit"] = max_purge_limit
        if max_query_time_range is not UNSET:
            field_dict["MaxQueryTimeRange"] = max_query_time_range
        if parameters is not UNSET:
            field_dict["Parameters"] = parameters
        if persist_conn_flags is not UNSET:
            field_dict["PersistConnFlags"] = persist_conn_flags
        if pid_file is not UNSET:
            field_dict["PidFile"] = pid_file
        if purge_event_after is not UNSET:
            field_dict["PurgeEventAfter"] = purge_event_after
        if purge_job_after is not UNSET:
            field_dict["PurgeJobAfter"] = purge_job_after
        if purge_resv_after is not UNSET:
            field_dict["PurgeResvAfter"] = purge_resv_after
        if purge_step_after is not UNSET:
            field_dict["PurgeStepAfter"] = purge_step_after
        if purge_suspend_after is not UNSET:
            field_dict["PurgeSuspendAfter"] = purge_suspend_after
        if purge_txn_after is not UNSET:
            field_dict["PurgeTXNAfter"] = purge_txn_after
        if purge_usage_after is not UNSET:
            field_dict["PurgeUsageAfter"] = purge_usage_after
        if purge_job_script_after is not UNSET:
            field_dict["PurgeJobScriptAfter"] = purge_job_script_after
        if purge_job_env_after is not UNSET:
            field_dict["PurgeJobEnvAfter"] = purge_job_env_after
        if storage_loc is not UNSET:
            field_dict["StorageLoc"] = storage_loc
        if storage_pass_script is not UNSET:
            field_dict["StoragePassScript"] = storage_pass_script
        if storage_user is not UNSET:
            field_dict["StorageUser"] = storage_user
        if debug_level_syslog is not UNSET:
            field_dict["DebugLevelSyslog"] = debug_level_syslog
        if track_wc_key is not UNSET:
            field_dict["TrackWCKey"] = track_wc_key
        if track_slurmctld_down is not UNSET:
            field_dict["TrackSlurmctldDown"] = track_slurmctld_down

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.slurmdb_purge_units import SlurmdbPurgeUnits

        d = {k: v for k, v in src_dict.items() if v is not None}
        archive_dir = d.pop("ArchiveDir", UNSET)

        archive_script = d.pop("ArchiveScript", UNSET)

        commit_delay = d.pop("CommitDelay", UNSET)

        dbd_addr = d.pop("DbdAddr", UNSET)

        dbd_backup_host = d.pop("DbdBackupHost", UNSET)

        dbd_host = d.pop("DbdHost", UNSET)

        dbd_port = d.pop("DbdPort", UNSET)

        debug_level = d.pop("DebugLevel", UNSET)

        default_qos = d.pop("DefaultQOS", UNSET)

        flags = cast(list[str], d.pop("Flags", UNSET))

        log_file = d.pop("LogFile", UNSET)

        max_purge_limit = d.pop("MaxPurgeLimit", UNSET)

        max_query_time_range = d.pop("MaxQueryTimeRange", UNSET)

        parameters = cast(list[str], d.pop("Parameters", UNSET))

        persist_conn_flags = cast(list[str], d.pop("PersistConnFlags", UNSET))

        pid_file = d.pop("PidFile", UNSET)

        _purge_event_after = d.pop("PurgeEventAfter", UNSET)
        purge_event_after: Union[Unset, SlurmdbPurgeUnits]
        if isinstance(_purge_event_after, Unset):
            purge_event_after = UNSET
        else:
            purge_event_after = SlurmdbPurgeUnits.from_dict(_purge_event_after)

        _purge_job_after = d.pop("PurgeJobAfter", UNSET)
        purge_job_after: Union[Unset, SlurmdbPurgeUnits]
        if isinstance(_purge_job_after, Unset):
            purge_job_after = UNSET
        else:
            purge_job_after = SlurmdbPurgeUnits.from_dict(_purge_job_after)

        _purge_resv_after = d.pop("PurgeResvAfter", UNSET)
        purge_resv_after: Union[Unset, SlurmdbPurgeUnits]
        if isinstance(_purge_resv_after, Unset):
            purge_resv_after = UNSET
        else:
            purge_resv_after = SlurmdbPurgeUnits.from_dict(_purge_resv_after)

        _purge_step_after = d.pop("PurgeStepAfter", UNSET)
        purge_step_after: Union[Unset, SlurmdbPurgeUnits]
        if isinstance(_purge_step_after, Unset):
            purge_step_after = UNSET
        else:
            purge_step_after = SlurmdbPurgeUnits.from_dict(_purge_step_after)

        _purge_suspend_after = d.pop("PurgeSuspendAfter", UNSET)
        purge_suspend_after: Union[Unset, SlurmdbPurgeUnits]
        if isinstance(_purge_suspend_after, Unset):
            purge_suspend_after = UNSET
        else:
            purge_suspend_after = SlurmdbPurgeUnits.from_dict(_purge_suspend_after)

        _purge_txn_after = d.pop("PurgeTXNAfter", UNSET)
        purge_txn_after: Union[Unset, SlurmdbPurgeUnits]
        if isinstance(_purge_txn_after, Unset):
            purge_txn_after = UNSET
        else:
            purge_txn_after = SlurmdbPurgeUnits.from_dict(_purge_txn_after)

        _purge_usage_after = d.pop("PurgeUsageAfter", UNSET)
        purge_usage_after: Union[Unset, SlurmdbPurgeUnits]
        if isinstance(_purge_usage_after, Unset):
            purge_usage_after = UNSET
        else:
            purge_usage_after = SlurmdbPurgeUnits.from_dict(_purge_usage_after)

        _purge_job_script_after = d.pop("PurgeJobScriptAfter", UNSET)
        purge_job_script_after: Union[Unset, SlurmdbPurgeUnits]
        if isinstance(_purge_job_script_after, Unset):
            purge_job_script_after = UNSET
        else:
            purge_job_script_after = SlurmdbPurgeUnits.from_dict(_purge_job_script_after)

        _purge_job_env_after = d.pop("PurgeJobEnvAfter", UNSET)
        purge_job_env_after: Union[Unset, SlurmdbPurgeUnits]
        if isinstance(_purge_job_env_after, Unset):
            purge_job_env_after = UNSET
        else:
            purge_job_env_after = SlurmdbPurgeUnits.from_dict(_purge_job_env_after)

        storage_loc = d.pop("StorageLoc", UNSET)

        storage_pass_script = d.pop("StoragePassScript", UNSET)

        storage_user = d.pop("StorageUser", UNSET)

        debug_level_syslog = d.pop("DebugLevelSyslog", UNSET)

        track_wc_key = d.pop("TrackWCKey", UNSET)

        track_slurmctld_down = d.pop("TrackSlurmctldDown", UNSET)

        _model = cls(
            archive_dir=archive_dir,
            archive_script=archive_script,
            commit_delay=commit_delay,
            dbd_addr=dbd_addr,
            dbd_backup_host=dbd_backup_host,
            dbd_host=dbd_host,
            dbd_port=dbd_port,
            debug_level=debug_level,
            default_qos=default_qos,
            flags=flags,
            log_file=log_file,
            max_purge_limit=max_purge_limit,
            max_query_time_range=max_query_time_range,
            parameters=parameters,
            persist_conn_flags=persist_conn_flags,
            pid_file=pid_file,
            purge_event_after=purge_event_after,
            purge_job_after=purge_job_after,
            purge_resv_after=purge_resv_after,
            purge_step_after=purge_step_after,
            purge_suspend_after=purge_suspend_after,
            purge_txn_after=purge_txn_after,
            purge_usage_after=purge_usage_after,
            purge_job_script_after=purge_job_script_after,
            purge_job_env_after=purge_job_env_after,
            storage_loc=storage_loc,
            storage_pass_script=storage_pass_script,
            storage_user=storage_user,
            debug_level_syslog=debug_level_syslog,
            track_wc_key=track_wc_key,
            track_slurmctld_down=track_slurmctld_down,
        )

        _model.additional_properties = d
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
